package vn.nghisu.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.nghisu.store.ExchangeRows;
import vn.nghisu.store.ExchangeSchema;

/**
 * Gathers the chosen meetings with their parts and everything those rows reference (units, persons,
 * groups, lists, plans, issues of other meetings linked to an action item), so the package stands alone.
 */
final class PackageCollector {
    private static final List<String> MEETING_PARTS = List.of("attendance", "agenda_item", "statement", "issue",
            "directive", "action_item", "minutes_version");
    private static final List<String> ACTION_PARTS = List.of("action_item_coordinator", "progress_update",
            "issue_action_link");
    private static final List<String> GROUP_PARTS = List.of("working_group_unit", "working_group_person", "sub_committee");

    private final ExchangeRows rows;
    private final Map<String, Map<UUID, Map<String, Object>>> picked = new LinkedHashMap<>();

    PackageCollector(ExchangeRows rows) {
        this.rows = rows;
        ExchangeSchema.TABLES.forEach(t -> picked.put(t, new LinkedHashMap<>()));
    }

    Map<String, List<Map<String, Object>>> collect(Collection<UUID> meetingIds) {
        add("meeting", rows.where("meeting", "id", meetingIds));
        MEETING_PARTS.forEach(t -> add(t, rows.where(t, "meeting_id", meetingIds)));
        Set<UUID> items = picked.get("action_item").keySet();
        ACTION_PARTS.forEach(t -> add(t, rows.where(t, "action_item_id", items)));
        closeReferences();
        Set<UUID> groups = picked.get("working_group").keySet();
        GROUP_PARTS.forEach(t -> add(t, rows.where(t, "working_group_id", groups)));
        closeReferences();
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        picked.forEach((table, byId) -> tables.put(table, new ArrayList<>(byId.values())));
        return tables;
    }

    /** Adds every row a picked row points to, until nothing new turns up. */
    private void closeReferences() {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String table : ExchangeSchema.TABLES) {
                for (Map.Entry<String, String> ref : ExchangeSchema.references(table).entrySet()) {
                    Set<UUID> missing = new HashSet<>();
                    for (Map<String, Object> row : picked.get(table).values()) {
                        Object value = row.get(ref.getKey());
                        if (value != null && !picked.get(ref.getValue()).containsKey(UUID.fromString((String) value))) {
                            missing.add(UUID.fromString((String) value));
                        }
                    }
                    if (!missing.isEmpty()) {
                        add(ref.getValue(), rows.where(ref.getValue(), "id", missing));
                        grew = true;
                    }
                }
            }
        }
    }

    private void add(String table, List<Map<String, Object>> found) {
        found.forEach(row -> picked.get(table).putIfAbsent(UUID.fromString((String) row.get("id")), row));
    }
}

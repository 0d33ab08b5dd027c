package vn.nghisu.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.nghisu.store.ExchangeRows;
import vn.nghisu.store.ExchangeSchema;

/**
 * Compares a package with the database record by record (by UUID): new rows are added; a row that differs
 * is overwritten when the package's updated_at is newer and kept otherwise. Every row that differs on both
 * sides is a conflict in the report; soft deletes travel as deleted_at like any other column.
 */
final class MergePlan {
    private static final java.util.Set<String> TIMESTAMPS = java.util.Set.of("created_at", "updated_at");
    private final Map<String, List<Map<String, Object>>> inserts = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> updates = new LinkedHashMap<>();
    private final Map<String, ImportReport.TableCounts> counts = new LinkedHashMap<>();
    private final List<ImportReport.Conflict> conflicts = new ArrayList<>();

    static MergePlan of(PackageContent content, ExchangeRows rows) {
        MergePlan plan = new MergePlan();
        for (String table : ExchangeSchema.TABLES) {
            plan.compare(table, content.tables().getOrDefault(table, List.of()), rows);
        }
        return plan;
    }

    private void compare(String table, List<Map<String, Object>> incoming, ExchangeRows rows) {
        Map<UUID, Map<String, Object>> local = rows.byId(table,
                incoming.stream().map(r -> UUID.fromString((String) r.get("id"))).toList());
        List<Map<String, Object>> add = new ArrayList<>();
        List<Map<String, Object>> change = new ArrayList<>();
        int same = 0;
        int conflicted = 0;
        for (Map<String, Object> row : incoming) {
            Map<String, Object> mine = local.get(UUID.fromString((String) row.get("id")));
            if (mine == null) {
                add.add(row);
            } else if (sameContent(mine, row)) {
                same++;
            } else {
                boolean theirsNewer = instant(row).isAfter(instant(mine));
                if (theirsNewer) {
                    change.add(row);
                } else {
                    conflicted++;
                }
                conflicts.add(new ImportReport.Conflict(table, (String) row.get("id"), (String) mine.get("updated_at"),
                        (String) row.get("updated_at"), theirsNewer ? "package" : "local", differing(mine, row)));
            }
        }
        inserts.put(table, SelfReferences.parentsFirst(table, add));
        updates.put(table, change);
        counts.put(table, new ImportReport.TableCounts(add.size(), change.size(), same, conflicted));
    }

    /** Same values apart from the timestamps: e.g. the seeded lists, created on each laptop at its own install. */
    private static boolean sameContent(Map<String, Object> a, Map<String, Object> b) {
        return differing(a, b).stream().allMatch(TIMESTAMPS::contains);
    }

    private static Instant instant(Map<String, Object> row) {
        return Instant.parse((String) row.get("updated_at"));
    }

    private static List<String> differing(Map<String, Object> a, Map<String, Object> b) {
        return a.keySet().stream().filter(k -> !Objects.equals(a.get(k), b.get(k))).toList();
    }

    /** Writes the plan: per table in reference order, inserts then updates. */
    void apply(ExchangeRows rows) {
        for (String table : ExchangeSchema.TABLES) {
            rows.insert(table, inserts.get(table));
            rows.update(table, updates.get(table));
        }
    }

    ImportReport report(Manifest manifest, boolean applied) {
        return new ImportReport(manifest, counts, conflicts, applied);
    }
}

package vn.nghisu.service.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.Texts;
import vn.nghisu.service.Settings;

/** Named action-item filters the user saved, kept in settings.properties beside the database. */
public final class SavedFilters {
    private static final String PREFIX = "followup.filter.";
    private final Settings settings;

    public SavedFilters(Settings settings) {
        this.settings = settings;
    }

    public Map<String, ActionFilter> all() {
        Map<String, ActionFilter> filters = new TreeMap<>();
        for (String key : settings.keys()) {
            if (key.startsWith(PREFIX)) {
                try {
                    filters.put(key.substring(PREFIX.length()), decode(settings.get(key, "")));
                } catch (RuntimeException e) {
                    // a hand-edited, unreadable entry is skipped rather than hiding the others
                }
            }
        }
        return filters;
    }

    public void save(String name, ActionFilter filter) {
        String clean = Texts.clean(name);
        if (clean == null) {
            throw new vn.nghisu.domain.ValidationException("filter.name.required");
        }
        settings.put(PREFIX + clean, encode(filter));
        persist();
    }

    public void remove(String name) {
        settings.remove(PREFIX + name);
        persist();
    }

    private void persist() {
        try {
            settings.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(ActionFilter f) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("status", f.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        v.put("owners", f.ownerIds().stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
        v.put("lead", str(f.leadPersonId()));
        v.put("from", str(f.deadlineFrom()));
        v.put("to", str(f.deadlineTo()));
        v.put("meeting", str(f.meetingId()));
        v.put("plan", str(f.planId()));
        v.put("overdue", f.overdueOnly() ? "1" : "");
        v.put("dueWithin", str(f.dueWithinDays()));
        v.put("sort", f.sort().name() + (f.descending() ? ",desc" : ""));
        return v.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    static ActionFilter decode(String text) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                v.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        Set<ActionStatus> statuses = list(v.get("status")).stream().map(ActionStatus::valueOf)
                .collect(Collectors.toSet());
        Set<UUID> owners = list(v.get("owners")).stream().map(UUID::fromString).collect(Collectors.toSet());
        List<String> sort = list(v.getOrDefault("sort", "DEADLINE"));
        return ActionFilter.all().withStatuses(statuses).withOwners(owners).withLead(uuid(v.get("lead")))
                .withDeadline(date(v.get("from")), date(v.get("to"))).withMeeting(uuid(v.get("meeting")))
                .withPlan(uuid(v.get("plan"))).withOverdueOnly("1".equals(v.get("overdue")))
                .withDueWithin(v.containsKey("dueWithin") ? Integer.valueOf(v.get("dueWithin")) : null)
                .sortedBy(ActionFilter.ActionSort.valueOf(sort.get(0)), sort.contains("desc"));
    }

    private static List<String> list(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static UUID uuid(String s) {
        return s == null ? null : UUID.fromString(s);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}

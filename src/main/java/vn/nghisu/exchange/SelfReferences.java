package vn.nghisu.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.nghisu.store.ExchangeSchema;

/** Orders rows of a table that references itself (unit.parent_id) so each parent is inserted before its children. */
final class SelfReferences {
    private SelfReferences() {
    }

    static List<Map<String, Object>> parentsFirst(String table, List<Map<String, Object>> rows) {
        List<String> selfColumns = ExchangeSchema.references(table).entrySet().stream()
                .filter(e -> e.getValue().equals(table)).map(Map.Entry::getKey).toList();
        if (selfColumns.isEmpty() || rows.size() < 2) {
            return rows;
        }
        Map<Object, Map<String, Object>> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.get("id"), r));
        List<Map<String, Object>> ordered = new ArrayList<>(rows.size());
        Set<Object> placed = new HashSet<>();
        for (Map<String, Object> row : rows) {
            place(row, byId, placed, ordered, selfColumns, new HashSet<>());
        }
        return ordered;
    }

    private static void place(Map<String, Object> row, Map<Object, Map<String, Object>> byId, Set<Object> placed,
                              List<Map<String, Object>> ordered, List<String> columns, Set<Object> path) {
        Object id = row.get("id");
        if (placed.contains(id) || !path.add(id)) {
            return;
        }
        for (String column : columns) {
            Map<String, Object> parent = byId.get(row.get(column));
            if (parent != null) {
                place(parent, byId, placed, ordered, columns, path);
            }
        }
        placed.add(id);
        ordered.add(row);
    }
}

package vn.nghisu.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.nghisu.store.ExchangeRows;
import vn.nghisu.store.ExchangeSchema;

/** Refuses a package with a reference that points to a row neither the package nor the database holds. */
final class ReferenceCheck {
    private ReferenceCheck() {
    }

    static void check(PackageContent content, ExchangeRows rows) {
        for (String table : ExchangeSchema.TABLES) {
            List<Map<String, Object>> tableRows = content.tables().getOrDefault(table, List.of());
            for (Map.Entry<String, String> ref : ExchangeSchema.references(table).entrySet()) {
                Set<Object> present = ids(content, ref.getValue());
                Set<UUID> missing = new HashSet<>();
                for (Map<String, Object> row : tableRows) {
                    Object target = row.get(ref.getKey());
                    if (target != null && !present.contains(target)) {
                        missing.add(UUID.fromString((String) target));
                    }
                }
                if (!missing.isEmpty()) {
                    missing.removeAll(rows.byId(ref.getValue(), missing).keySet());
                }
                if (!missing.isEmpty()) {
                    String where = table + "." + ref.getKey() + " → " + ref.getValue() + " " + missing.iterator().next();
                    throw new ExchangeException("package.reference", "The package refers to a record it does not "
                            + "carry and this database does not have: " + where, where);
                }
            }
        }
    }

    private static Set<Object> ids(PackageContent content, String table) {
        Set<Object> ids = new HashSet<>();
        content.tables().getOrDefault(table, List.of()).forEach(r -> ids.add(r.get("id")));
        return ids;
    }
}

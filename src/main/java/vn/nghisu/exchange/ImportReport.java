package vn.nghisu.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an import did (or, for a preview, would do): per table the rows added, updated, unchanged and in
 * conflict, and every conflict with both sides' update times. Applied is false for a preview.
 */
public record ImportReport(Manifest manifest, Map<String, TableCounts> tables, List<Conflict> conflicts,
                           boolean applied) {

    /** Row counts of one table. */
    public record TableCounts(int added, int updated, int unchanged, int conflicts) {
    }

    /**
     * A record both sides changed. The newer updated_at wins: winner is "package" (its version was written)
     * or "local" (this database's version was kept); columns lists the fields that differ.
     */
    public record Conflict(String table, String id, String localUpdatedAt, String packageUpdatedAt, String winner,
                           List<String> columns) {
    }

    public int added() {
        return tables.values().stream().mapToInt(TableCounts::added).sum();
    }

    public int updated() {
        return tables.values().stream().mapToInt(TableCounts::updated).sum();
    }

    public int unchanged() {
        return tables.values().stream().mapToInt(TableCounts::unchanged).sum();
    }

    /** True when applying the package changes nothing in the database. */
    public boolean changesNothing() {
        return added() == 0 && updated() == 0;
    }
}

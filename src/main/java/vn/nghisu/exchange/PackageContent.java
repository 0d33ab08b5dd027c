package vn.nghisu.exchange;

import java.util.List;
import java.util.Map;

/** A package in memory: its manifest and, per table (in ExchangeSchema order), the rows as column → JSON value. */
public record PackageContent(Manifest manifest, Map<String, List<Map<String, Object>>> tables) {

    public int rowCount() {
        return tables.values().stream().mapToInt(List::size).sum();
    }
}

package vn.nghisu.exchange;

import java.util.List;
import java.util.Map;

/**
 * manifest.json: what made the package and what it holds. Entries maps each data entry name to the
 * SHA-256 (hex) of its bytes; counts maps each table to its number of rows.
 */
public record Manifest(int formatVersion, String appVersion, String createdAt, String sourceInstallation,
                       String office, List<String> meetings, Map<String, Integer> counts, Map<String, String> entries) {
}

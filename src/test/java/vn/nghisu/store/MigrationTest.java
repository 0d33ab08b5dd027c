package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @Test
    void emptyFolderIsCreatedAndMigratedToTheLatestVersion(@TempDir Path dir) {
        Path data = dir.resolve("new-folder");
        try (Database db = Database.open(DatabaseConfig.embedded(data))) {
            assertTrue(Files.exists(data.resolve("nghisu.mv.db")));
            Object version = db.dsl().fetchValue(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"");
            assertTrue(((Number) version).intValue() >= 1);
            Map<String, Integer> counts = db.tableCounts();
            assertTrue(counts.keySet().containsAll(java.util.List.of("unit", "person", "working_group", "meeting",
                    "attendance", "agenda_item", "statement", "issue_category", "issue", "directive", "sub_committee",
                    "action_plan", "action_item", "action_item_coordinator", "progress_update", "issue_action_link",
                    "minutes_version", "audit_log")));
            assertEquals(7, counts.get("issue_category"));
            assertEquals(0, counts.get("meeting"));
        }
    }

    @Test
    void openingTwiceDoesNotMigrateAgain(@TempDir Path dir) {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertEquals(5, db.tableCounts().get("unit_kind"));
        }
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            assertEquals(5, db.tableCounts().get("unit_kind"));
        }
    }

    @Test
    void everyUrlDisablesTheWriteDelay(@TempDir Path dir) {
        assertTrue(DatabaseConfig.embedded(dir).jdbcUrl().contains(";WRITE_DELAY=0"));
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            var delays = db.dsl().fetch(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                    .getValues(0, String.class);
            assertTrue(!delays.isEmpty() && delays.stream().allMatch("0"::equals), delays::toString);
        }
    }
}

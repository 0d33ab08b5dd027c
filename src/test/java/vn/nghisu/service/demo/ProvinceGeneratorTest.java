package vn.nghisu.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

class ProvinceGeneratorTest {
    private static final LocalDate END = LocalDate.of(2026, 11, 30);

    private static List<MeetingSummary> generate(Path dir, long seed) {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            var counts = new ProvinceGenerator(db, seed, END).generate(0.002);
            assertEquals(new ProvinceGenerator.Counts(64, 192, 10, 600, 40, 40, 60, 200), counts);
            assertEquals(200, db.tableCounts().get("action_item"));
            return db.repositories().meetings().list();
        }
    }

    @Test
    void theSameSeedGivesTheSameProvince(@TempDir Path a, @TempDir Path b) {
        List<MeetingSummary> first = generate(a, 7);
        assertEquals(first, generate(b, 7));
        assertTrue(first.stream().allMatch(m -> m.title().startsWith("Làm việc với Ban Thường vụ Huyện ủy ")));
        assertTrue(first.stream().allMatch(m -> !m.date().isAfter(END) && m.date().isAfter(END.minusYears(10).minusDays(1))));
    }
}

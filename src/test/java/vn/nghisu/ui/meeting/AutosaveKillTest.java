package vn.nghisu.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.service.Services;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

/** What the editor reported as saved survives kill -9: 20 child JVMs, each killed right after a "saved". */
class AutosaveKillTest {
    static final int TRIALS = 20;
    @TempDir
    Path dir;

    @Test
    void editReportedSavedSurvivesAKillRightAfterTheAcknowledgment() throws Exception {
        UUID meetingId;
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            meetingId = Services.over(db).editor().create("Kiểm tra tắt đột ngột", LocalDate.of(2026, 10, 14));
        }
        Random random = new Random(42);
        int acknowledged = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            int killAfter = acknowledged + 1 + random.nextInt(3);
            acknowledged = runAndKill(meetingId, acknowledged, killAfter);
            try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
                List<AgendaItem> agenda = Services.over(db).meetings().load(meetingId).orElseThrow().agenda();
                Set<String> titles = agenda.stream().map(AgendaItem::title).collect(Collectors.toSet());
                for (int k = 1; k <= acknowledged; k++) {
                    String expected = AutosaveKillChild.title(k);
                    assertTrue(titles.contains(expected), "trial " + trial + ": lost acknowledged edit " + expected);
                }
                // a save in flight at the kill may also have landed; numbering continues after it
                acknowledged = agenda.size();
            }
        }
    }

    /** Starts the child at edit number {@code from}, kills it as soon as it reports edit {@code killAfter} saved. */
    private int runAndKill(UUID meetingId, int from, int killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto",
                AutosaveKillChild.class.getName(), dir.toString(), meetingId.toString(), String.valueOf(from))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line;
        int saved = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    saved = Integer.parseInt(line.substring(6).strip());
                    if (saved >= killAfter) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
        }
        assertNotNull(saved >= killAfter ? Boolean.TRUE : null, "child stopped before saving edit " + killAfter);
        return saved;
    }
}

package vn.nghisu.exchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The saved conflict report names records by their kind in the reader's language, never by table name. */
class ConflictReportTest {
    private static final ImportReport REPORT = new ImportReport(null, Map.of(
            "meeting", new ImportReport.TableCounts(0, 0, 0, 1), "action_item", new ImportReport.TableCounts(0, 0, 0, 1)),
            List.of(new ImportReport.Conflict("meeting", "m-1", "2026-11-02T08:00Z", "2026-11-02T09:00Z", "package",
                            List.of("title")),
                    new ImportReport.Conflict("action_item", "a-1", "2026-11-03T08:00Z", "2026-11-02T09:00Z", "local",
                            List.of("deadline"))), false);

    @ParameterizedTest
    @CsvSource({"vi, 'Cuộc họp, bản ghi m-1', 'Nhiệm vụ, bản ghi a-1'",
        "en, 'Meetings, record m-1', 'Action items, record a-1'"})
    void conflictsAreNamedByRecordKind(String language, String meetingLine, String actionLine) {
        String text = ConflictReport.text(REPORT, Locale.forLanguageTag(language));
        assertTrue(text.contains(meetingLine), text);
        assertTrue(text.contains(actionLine), text);
        assertFalse(text.contains("action_item"), text);
    }
}

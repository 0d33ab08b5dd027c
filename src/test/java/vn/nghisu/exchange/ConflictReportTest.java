package vn.nghisu.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nghisu.store.ExchangeColumn;
import vn.nghisu.store.ExchangeSchema;

/** The saved conflict report names records by their kind and fields by their label, never by table or column name. */
class ConflictReportTest {
    private static final ImportReport REPORT = new ImportReport(null, Map.of(
            "meeting", new ImportReport.TableCounts(0, 0, 0, 1), "action_item", new ImportReport.TableCounts(0, 0, 0, 1)),
            List.of(new ImportReport.Conflict("meeting", "m-1", "2026-11-02T08:00Z", "2026-11-02T09:00Z", "package",
                            List.of("title", "updated_at")),
                    new ImportReport.Conflict("action_item", "a-1", "2026-11-03T08:00Z", "2026-11-02T09:00Z", "local",
                            List.of("deadline", "owner_unit_id"))), false);

    @ParameterizedTest
    @CsvSource({
        "vi, 'Cuộc họp, bản ghi m-1', 'Nhiệm vụ, bản ghi a-1', 'khác ở: tiêu đề',"
            + " 'khác ở: thời hạn, đơn vị chủ trì thực hiện'",
        "en, 'Meetings, record m-1', 'Action items, record a-1', 'differs in: title',"
            + " 'differs in: deadline, owning unit'"})
    void conflictsAreNamedByRecordKindAndFieldLabel(String language, String meetingLine, String actionLine,
            String meetingFields, String actionFields) {
        String text = ConflictReport.text(REPORT, Locale.forLanguageTag(language));
        assertTrue(text.contains(meetingLine), text);
        assertTrue(text.contains(actionLine), text);
        assertTrue(text.contains(meetingFields + "\n"), text);
        assertTrue(text.contains(actionFields + "\n"), text);
        assertFalse(text.contains("action_item") || text.contains("owner_unit_id") || text.contains("updated_at"), text);
    }

    /** A column added to an exchanged table without a label would reach the report as its SQL name. */
    @ParameterizedTest
    @CsvSource({"vi", "en"})
    void everyExchangedColumnHasALabel(String language) {
        ResourceBundle b = ResourceBundle.getBundle("i18n.exchange", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> missing = ExchangeSchema.TABLES.stream().flatMap(t -> ExchangeSchema.columns(t).stream())
                .map(ExchangeColumn::name).distinct().filter(c -> !b.containsKey("exchange.column." + c)).toList();
        assertEquals(List.of(), missing);
    }
}

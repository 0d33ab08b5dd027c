package vn.nghisu.minutes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinutesDocumentTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Thị Hà", "Đặng Thị Ngọc Ánh", "Chẩu Văn Thiện", "Ủy ban MTTQ huyện Lâm Bình",
        "Sắp xếp vị trí việc làm", "tiếng Tày, tiếng Dao"})
    void decomposedTextIsStoredComposed(String composed) {
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);
        assertAll(
                () -> assertEquals(composed, new Signer(decomposed, decomposed).name()),
                () -> assertEquals(composed, new Statement(decomposed, decomposed).summary()),
                () -> assertEquals(composed, new RaisedIssue(decomposed, decomposed, decomposed).raisedBy()),
                () -> assertEquals(composed, new ActionEntry("", "", java.util.List.of(decomposed), null)
                        .coordinatingUnits().get(0)));
    }

    @Test
    void missingListsAndStringsBecomeEmpty() {
        MinutesDocument doc = new MinutesDocument(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertAll(
                () -> assertTrue(doc.attendance().isEmpty()),
                () -> assertTrue(doc.agenda().isEmpty()),
                () -> assertTrue(doc.issues().isEmpty()),
                () -> assertTrue(doc.conclusions().isEmpty()),
                () -> assertTrue(doc.extraSections().isEmpty()),
                () -> assertEquals("", doc.subject()),
                () -> assertEquals("BIÊN BẢN", doc.title()),
                () -> assertEquals("", doc.chair().name()));
    }

    @Test
    void attendanceIsCountedByPresence() {
        MinutesDocument doc = SampleMinutes.document();
        assertAll(
                () -> assertEquals(10, doc.delegateCount()),
                () -> assertEquals(8, doc.count(Presence.PRESENT)),
                () -> assertEquals(1, doc.count(Presence.EXCUSED)),
                () -> assertEquals(1, doc.count(Presence.ABSENT)));
    }

    @Test
    void attendanceSummaryNamesAbsenteesWithReasons() {
        String summary = AttendanceTable.summary(SampleMinutes.document());
        assertEquals("Tổng số đại biểu được mời: 10; có mặt: 8; vắng có lý do: 1 (đồng chí Ma Văn Quyết - công tác "
                + "đột xuất); vắng không có lý do: 1 (đồng chí Triệu Văn Đức).", summary);
    }

    @Test
    void closingSentenceIsWordedFromClosingTimeWhenNotTyped() {
        MinutesDocument doc = new MinutesDocument(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, "", java.time.LocalTime.of(11, 15), null);
        String text = MinutesBody.compose(doc, DocumentProfiles.state()).toString();
        assertTrue(text.contains(SampleMinutes.CLOSING), text);
    }
}

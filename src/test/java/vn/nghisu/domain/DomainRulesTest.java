package vn.nghisu.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DomainRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static ActionItem item(LocalDate deadline, ActionStatus status) {
        return new ActionItem(null, "Hoàn thiện báo cáo", null, null, null, null, null, null, null, deadline, status, 0);
    }

    @Test
    void overdueIsDerivedFromDeadlineNotStored() {
        assertTrue(item(TODAY.minusDays(1), ActionStatus.NOT_STARTED).isOverdue(TODAY));
        assertTrue(item(TODAY.minusDays(1), ActionStatus.IN_PROGRESS).isOverdue(TODAY));
        assertFalse(item(TODAY, ActionStatus.NOT_STARTED).isOverdue(TODAY));
        assertFalse(item(TODAY.minusDays(1), ActionStatus.DONE).isOverdue(TODAY));
        assertFalse(item(TODAY.minusDays(1), ActionStatus.CANCELLED).isOverdue(TODAY));
        assertFalse(item(null, ActionStatus.NOT_STARTED).isOverdue(TODAY));
    }

    @Test
    void meetingEndBeforeStartIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Meeting(null, "Họp", null, TODAY,
                LocalTime.of(11, 0), LocalTime.of(8, 0), null, null, null, null, null, null, null));
        assertEquals("meeting.end.beforeStart", e.key());
    }

    @Test
    void escalatedIssueNeedsTheBodyItGoesTo() {
        assertThrows(ValidationException.class, () -> new Issue(null, null, "Kinh phí thấp", null, null, null,
                IssueStatus.ESCALATED, null, null, null, 0));
        Issue escalated = new Issue(null, null, "Kinh phí thấp", null, null, null, null, null, null, null, 0)
                .escalateTo(UUID.randomUUID());
        assertEquals(IssueStatus.ESCALATED, escalated.status());
    }

    @Test
    void actionItemHasAtMostOneOwner() {
        assertThrows(ValidationException.class, () -> new ActionItem(null, "Giám sát", null, null, null,
                UUID.randomUUID(), UUID.randomUUID(), null, null, null, null, 0));
    }

    @Test
    void recordsNormalizeTextToNfc() {
        String nfd = Normalizer.normalize("Quan Thị Yến", Normalizer.Form.NFD);
        Person p = new Person(null, nfd, Normalizer.normalize("Chủ tịch", Normalizer.Form.NFD), null);
        assertEquals("Quan Thị Yến", p.fullName());
        assertEquals("Chủ tịch", p.positionTitle());
    }

    @Test
    void blankNamesAreRefused() {
        assertEquals("unit.name.required",
                assertThrows(ValidationException.class, () -> new Unit(null, "  ", null, null, null, null)).key());
        assertEquals("person.name.required",
                assertThrows(ValidationException.class, () -> new Person(null, "", null, null)).key());
    }

    @Test
    void progressPercentMustBeWithinZeroAndHundred() {
        assertThrows(ValidationException.class, () -> new ProgressUpdate(null, UUID.randomUUID(), TODAY, null, 101));
        assertEquals(100, new ProgressUpdate(null, UUID.randomUUID(), TODAY, null, 100).percent());
    }
}

package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.IssueStatus;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingStatus;
import vn.nghisu.domain.MinutesVersion;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.PlanStatus;
import vn.nghisu.domain.Presence;
import vn.nghisu.domain.ProgressUpdate;
import vn.nghisu.domain.Statement;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;

class MeetingRepositoriesTest extends StoreTestBase {
    private Unit host;
    private Person speaker;
    private Meeting meeting;

    @BeforeEach
    void meeting() {
        host = new Unit(null, "Ủy ban MTTQ huyện Lâm Bình", null, null, UnitLevel.HUYEN, null);
        repos.units().save(host);
        speaker = new Person(null, "Quan Thị Yến", "Chủ tịch", host.id());
        repos.persons().save(speaker);
        meeting = new Meeting(null, nfd("Làm việc với huyện Lâm Bình"), null, LocalDate.of(2026, 10, 14),
                LocalTime.of(8, 0), LocalTime.of(11, 15), "Hội trường Huyện ủy Lâm Bình", host.id(), null, speaker.id(),
                null, MeetingStatus.DRAFT, "Buổi làm việc kết thúc lúc 11 giờ 15 phút cùng ngày.");
        repos.meetings().save(meeting);
    }

    @Test
    void meetingRoundTripsAndAppearsInTheList() {
        reopen();
        assertEquals(meeting, repos.meetings().find(meeting.id()).orElseThrow());
        assertEquals("Làm việc với huyện Lâm Bình", repos.meetings().list().get(0).title());
        assertEquals("Ủy ban MTTQ huyện Lâm Bình", repos.meetings().list().get(0).hostUnitName());
        repos.meetings().save(meeting.withTitle("Làm việc với huyện Na Hang"));
        assertEquals("Làm việc với huyện Na Hang", repos.meetings().find(meeting.id()).orElseThrow().title());
        repos.meetings().delete(meeting.id());
        assertTrue(repos.meetings().list().isEmpty());
    }

    @Test
    void partsRoundTripInOrderAndSoftDelete() {
        Attendance a = new Attendance(null, meeting.id(), host.id(), speaker.id(), Presence.EXCUSED, "công tác đột xuất", 0);
        AgendaItem item = new AgendaItem(null, meeting.id(), 0, "Báo cáo kết quả 9 tháng", speaker.id(), 30,
                Instant.parse("2026-10-14T01:00:00Z"), Instant.parse("2026-10-14T01:31:00Z"), "Đã trình bày");
        Statement st = new Statement(null, meeting.id(), item.id(), speaker.id(), 0, nfd("12/37 thôn đạt chuẩn"));
        Directive d = new Directive(null, meeting.id(), 0, "Hoàn thiện báo cáo, bổ sung số liệu theo từng xã");
        repos.parts().save(a);
        repos.parts().save(item);
        repos.parts().save(st);
        repos.parts().save(d);
        reopen();
        assertEquals(List.of(a), repos.parts().attendance(meeting.id()));
        assertEquals(List.of(item), repos.parts().agenda(meeting.id()));
        assertEquals("12/37 thôn đạt chuẩn", repos.parts().statements(meeting.id()).get(0).summary());
        assertEquals(List.of(d), repos.parts().directives(meeting.id()));
        repos.parts().delete(MeetingPartsRepository.Part.STATEMENT_ROW, st.id());
        assertTrue(repos.parts().statements(meeting.id()).isEmpty());
        repos.parts().restore(MeetingPartsRepository.Part.STATEMENT_ROW, st.id());
        assertEquals(1, repos.parts().statements(meeting.id()).size());
    }

    @Test
    void issueLifecycleWithEscalation() {
        Issue issue = new Issue(null, meeting.id(), "Kinh phí hoạt động còn thấp", null, null, host.id(), null, null,
                null, null, 0);
        repos.issues().save(issue);
        assertEquals(IssueStatus.NEW, repos.issues().find(issue.id()).orElseThrow().status());
        var body = repos.lists().findAll(vn.nghisu.domain.ListKind.ESCALATION_BODY).get(0);
        repos.issues().save(issue.escalateTo(body.id()));
        reopen();
        Issue read = repos.issues().find(issue.id()).orElseThrow();
        assertEquals(IssueStatus.ESCALATED, read.status());
        assertEquals(body.id(), read.escalatedToId());
        repos.issues().delete(issue.id());
        assertTrue(repos.issues().findByMeeting(meeting.id()).isEmpty());
    }

    @Test
    void actionItemWithCoordinatorsProgressAndIssueLinks() {
        Unit coordinator = new Unit(null, "Hội Liên hiệp Phụ nữ tỉnh", null, null, UnitLevel.TINH, null);
        repos.units().save(coordinator);
        ActionItem item = new ActionItem(null, "Xây dựng kế hoạch tuyên truyền bằng tiếng dân tộc", meeting.id(), null,
                null, host.id(), null, speaker.id(), List.of(coordinator.id()), LocalDate.of(2026, 11, 15), null, 0);
        repos.actions().save(item);
        repos.actions().save(item.withStatus(ActionStatus.IN_PROGRESS));
        repos.actions().addProgress(new ProgressUpdate(null, item.id(), LocalDate.of(2026, 11, 1), "Đã khảo sát 5 thôn", 30));
        Issue issue = new Issue(null, meeting.id(), "Phụ nữ vùng cao ngại sinh hoạt", null, null, null, null, null, null,
                null, 0);
        repos.issues().save(issue);
        repos.actions().linkIssues(item.id(), List.of(issue.id()));
        reopen();
        ActionItem read = repos.actions().find(item.id()).orElseThrow();
        assertEquals(item.withStatus(ActionStatus.IN_PROGRESS), read);
        assertEquals(30, repos.actions().progress(item.id()).get(0).percent());
        assertEquals(List.of(issue.id()), repos.actions().linkedIssues(item.id()));
        repos.actions().save(new ActionItem(item.id(), item.title(), meeting.id(), null, null, host.id(), null, null,
                List.of(), item.deadline(), ActionStatus.DONE, 0));
        assertTrue(repos.actions().find(item.id()).orElseThrow().coordinatingUnitIds().isEmpty());
        repos.actions().delete(item.id());
        assertTrue(repos.actions().findByMeeting(meeting.id()).isEmpty());
    }

    @Test
    void actionPlanCrud() {
        ActionPlan plan = new ActionPlan(null, "Kế hoạch tuyên truyền quý IV", repos.subCommittees().findAll().get(1).id(),
                null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), PlanStatus.DRAFT);
        repos.plans().save(plan);
        repos.plans().save(new ActionPlan(plan.id(), plan.title(), plan.subCommitteeId(), null, plan.periodFrom(),
                plan.periodTo(), PlanStatus.APPROVED));
        assertEquals(PlanStatus.APPROVED, repos.plans().findAll().get(0).status());
        repos.plans().delete(plan.id());
        assertTrue(repos.plans().findAll().isEmpty());
    }

    @Test
    void minutesVersionsAreNumberedUniquely() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        MinutesVersion v1 = new MinutesVersion(null, meeting.id(), 1, "BIÊN BẢN …", "ab".repeat(32), "Hoàng Văn Tú", at, null);
        repos.minutes().save(v1);
        assertEquals(List.of(v1), repos.minutes().versions(meeting.id()));
        MinutesVersion duplicate = new MinutesVersion(null, meeting.id(), 1, "khác", "cd".repeat(32), null, at, null);
        assertThrows(DataAccessException.class, () -> repos.minutes().save(duplicate));
    }

    @Test
    void checkConstraintsGuardTheDatabaseToo() {
        assertThrows(DataAccessException.class, () -> db.dsl().execute(
                "UPDATE meeting SET start_time = TIME '11:00:00', end_time = TIME '08:00:00' WHERE id = ?", meeting.id()));
        assertEquals(meeting, repos.meetings().find(meeting.id()).orElseThrow());
    }

    @Test
    void auditLogAppends() {
        repos.audit().record("Hoàng Văn Tú", "meeting", meeting.id(), "UPDATE", "Sửa tiêu đề");
        assertEquals(1, repos.audit().count());
    }
}

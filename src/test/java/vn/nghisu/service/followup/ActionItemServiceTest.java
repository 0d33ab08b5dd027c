package vn.nghisu.service.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nghisu.service.followup.FollowUpFixture.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.DashboardFigures;

class ActionItemServiceTest {
    @TempDir
    Path dir;
    FollowUpFixture f;
    ActionItemService actions;

    @BeforeEach
    void open() {
        f = new FollowUpFixture(dir);
        actions = f.services.actions();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> titles(ActionFilter filter) {
        return actions.list(filter.sortedBy(ActionFilter.ActionSort.TITLE, false)).stream()
                .map(ActionItemRow::title).toList();
    }

    @Test
    void statusFilterKeepsOnlyThoseStatuses() {
        assertEquals(List.of("Báo cáo công tác tài chính"), titles(ActionFilter.all()
                .withStatuses(Set.of(ActionStatus.IN_PROGRESS))));
        assertEquals(4, titles(ActionFilter.open()).size());
        assertEquals(5, titles(ActionFilter.all()).size());
    }

    @Test
    void ownerFilterMatchesUnitOrSubCommittee() {
        assertEquals(List.of("Tổng hợp kiến nghị của Na Hang"),
                titles(ActionFilter.all().withOwners(Set.of(f.naHang.id()))));
        assertEquals(List.of("Kiểm tra việc thực hiện quy chế dân chủ", "Tổng hợp kiến nghị của Na Hang"),
                titles(ActionFilter.all().withOwners(Set.of(f.naHang.id(), FollowUpFixture.SUB_KT))));
    }

    @Test
    void ownerNamesAreFoundWithoutDiacritics() {
        assertEquals(Set.of(f.lamBinh.id()), actions.ownersNamed("lam binh"));
        assertEquals(Set.of(FollowUpFixture.SUB_KT), actions.ownersNamed("KIEM TRA - giam sat"));
    }

    @Test
    void leadFilterMatchesTheLeadPerson() {
        assertEquals(5, titles(ActionFilter.all().withLead(f.lead.id())).size());
        assertEquals(0, titles(ActionFilter.all().withLead(UUID.randomUUID())).size());
    }

    @Test
    void deadlineRangeIsInclusive() {
        assertEquals(List.of("Rà soát đề án vị trí việc làm", "Tổng hợp kiến nghị của Na Hang"),
                titles(ActionFilter.all().withDeadline(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 1))));
    }

    @Test
    void meetingFilterKeepsThatMeetingsItems() {
        assertEquals(List.of("Kiểm tra việc thực hiện quy chế dân chủ"),
                titles(ActionFilter.all().withMeeting(f.march.id())));
    }

    @Test
    void overdueFilterIsOpenItemsPastTheirDeadline() {
        assertEquals(List.of("Rà soát đề án vị trí việc làm", "Tổng hợp kiến nghị của Na Hang"),
                titles(ActionFilter.all().withOverdueOnly(true)));
    }

    @Test
    void dueWithinDaysCountsFromToday() {
        assertEquals(List.of("Báo cáo công tác tài chính"), titles(ActionFilter.all().withDueWithin(7)));
        assertEquals(List.of(), titles(ActionFilter.all().withDueWithin(4)));
    }

    @Test
    void sortingByDeadlineDescendingPutsLatestFirst() {
        List<ActionItemRow> rows = actions.list(ActionFilter.all().sortedBy(ActionFilter.ActionSort.DEADLINE, true));
        assertEquals("Kiểm tra việc thực hiện quy chế dân chủ", rows.get(0).title());
        assertEquals("Hoàn thiện quy hoạch cán bộ", rows.get(rows.size() - 1).title());
    }

    @Test
    void overdueIsDerivedFromDeadlineNotStored() {
        ActionItemRow row = actions.list(ActionFilter.all().withItem(f.overdue.id())).get(0);
        assertTrue(row.isOverdue(TODAY));
        assertFalse(row.isOverdue(LocalDate.of(2026, 5, 31)));
        actions.setStatus(f.overdue.id(), ActionStatus.DONE);
        ActionItemRow done = actions.list(ActionFilter.all().withItem(f.overdue.id())).get(0);
        assertEquals(ActionStatus.DONE, done.status());
        assertFalse(done.isOverdue(TODAY));
        assertFalse(titles(ActionFilter.all().withOverdueOnly(true)).contains(f.overdue.title()));
    }

    @Test
    void bulkStatusChangeChangesAllAndStampsCompletion() {
        int before = actions.dashboard().doneThisMonth();
        int changed = actions.setStatus(List.of(f.overdue.id(), f.dueSoon.id(), f.doneLate.id()), ActionStatus.DONE);
        assertEquals(2, changed, "the item already done is left alone");
        assertEquals(before + 2, actions.dashboard().doneThisMonth());
        assertEquals(2, titles(ActionFilter.all().withCompletedFrom(TODAY)).size());
    }

    @Test
    void progressUpdatesAreDatedAndOrdered() {
        actions.addProgress(f.dueSoon.id(), LocalDate.of(2026, 6, 10), "Đã có dự thảo báo cáo", 60);
        actions.addProgress(f.dueSoon.id(), LocalDate.of(2026, 6, 1), "Đã giao chuyên viên", 10);
        var progress = actions.progress(f.dueSoon.id());
        assertEquals(List.of(10, 60), progress.stream().map(p -> p.percent()).toList());
        assertEquals("Đã có dự thảo báo cáo", progress.get(1).note());
    }

    @Test
    void dashboardCountsAndGroupsOpenItems() {
        DashboardFigures d = actions.dashboard();
        assertEquals(4, d.open());
        assertEquals(2, d.overdue());
        assertEquals(1, d.dueSoon());
        assertEquals(List.of(f.overdue.id(), f.naHangItem.id()),
                d.overdueItems().stream().map(ActionItemRow::id).toList());
        var lamBinh = d.byOwnerUnit().stream().filter(g -> g.id().equals(f.lamBinh.id())).findFirst().orElseThrow();
        assertEquals(2, lamBinh.count());
        assertEquals(1, lamBinh.overdue());
        assertEquals(1, d.bySubCommittee().size());
        assertEquals(FollowUpFixture.SUB_KT, d.bySubCommittee().get(0).id());
    }
}

package vn.nghisu.service.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.PlanStatus;

class CarryForwardAndPlansTest {
    @TempDir
    Path dir;
    FollowUpFixture f;

    @BeforeEach
    void open() {
        f = new FollowUpFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void previousOpenItemsAreThoseOfEarlierMeetingsOfTheSameHost() {
        List<String> titles = f.services.carryForward().previousOpenItems(f.lamBinh.id(), null, LocalDate.of(2026, 3, 1))
                .stream().map(ActionItemRow::title).toList();
        assertEquals(List.of("Rà soát đề án vị trí việc làm", "Báo cáo công tác tài chính"), titles,
                "done items, later meetings (march itself) and other hosts are not carried forward");
    }

    @Test
    void reviewAgendaItemIsAddedFirstAndOnlyOnce() {
        Meeting june = new Meeting(null, "Làm việc lần ba", null, LocalDate.of(2026, 6, 20), null, null, null,
                f.lamBinh.id(), null, null, null, null, null);
        f.repos.meetings().save(june);
        var review = f.services.carryForward().addReviewAgendaItem(june.id()).orElseThrow();
        assertEquals(CarryForwardService.REVIEW_TITLE, review.title());
        assertTrue(review.notes().contains("1. Rà soát đề án vị trí việc làm — Huyện ủy Lâm Bình — hạn 31/05/2026"),
                review.notes());
        assertTrue(review.notes().contains("Kiểm tra việc thực hiện quy chế dân chủ"), "march's sub-committee item");
        f.services.carryForward().addReviewAgendaItem(june.id());
        assertEquals(1, f.repos.parts().agenda(june.id()).size());
    }

    @Test
    void noReviewItemWhenNothingIsOpen() {
        Meeting first = new Meeting(null, "Cuộc họp đầu tiên", null, LocalDate.of(2025, 1, 1), null, null, null,
                f.lamBinh.id(), null, null, null, null, null);
        f.repos.meetings().save(first);
        assertTrue(f.services.carryForward().addReviewAgendaItem(first.id()).isEmpty());
        assertTrue(f.repos.parts().agenda(first.id()).isEmpty());
    }

    @Test
    void planHoldsExistingAndNewItemsWithTheirLinks() {
        PlanService plans = f.services.plans();
        ActionPlan plan = new ActionPlan(null, "Kế hoạch kiểm tra năm 2026", FollowUpFixture.SUB_KT, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), PlanStatus.DRAFT);
        plans.save(plan);
        plans.addExisting(plan.id(), List.of(f.overdue.id()));
        ActionItem added = plans.addNew(plan, new ActionItem(null, "Giám sát việc giao biên chế", null, null, null,
                null, null, null, null, LocalDate.of(2026, 10, 1), ActionStatus.NOT_STARTED, 0));
        assertEquals(FollowUpFixture.SUB_KT, added.ownerSubCommitteeId(), "the plan's owner is the item's owner");
        plans.link(added.id(), f.directive.id(), List.of(f.finance.id(), f.staff.id()));
        assertEquals(List.of("Giám sát việc giao biên chế", "Rà soát đề án vị trí việc làm"),
                plans.items(plan.id()).stream().map(ActionItemRow::title).sorted().toList());
        assertEquals(java.util.Set.of(f.finance.id(), f.staff.id()), java.util.Set.copyOf(plans.linkedIssues(added.id())));
        assertEquals(f.directive.id(), f.repos.actions().find(added.id()).orElseThrow().directiveId());
        assertEquals(List.of(added.id()), f.services.issues().linkedActions(f.staff.id()));
        plans.save(new ActionPlan(plan.id(), plan.title(), plan.subCommitteeId(), null, plan.periodFrom(),
                plan.periodTo(), PlanStatus.APPROVED));
        assertEquals(PlanStatus.APPROVED, plans.plans().get(0).status());
    }
}

package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the action-item list shows: every criterion is optional (null or empty means "any").
 * Owner ids match the owning unit or the owning sub-committee.
 */
public record ActionFilter(Set<ActionStatus> statuses, Set<UUID> ownerIds, UUID leadPersonId, LocalDate deadlineFrom,
                           LocalDate deadlineTo, UUID meetingId, UUID planId, boolean overdueOnly,
                           Integer dueWithinDays, LocalDate completedFrom, UUID itemId, ActionSort sort,
                           boolean descending, int limit) {

    /** Sort keys of the list; the deadline puts the most urgent first. */
    public enum ActionSort { DEADLINE, TITLE, OWNER, STATUS, MEETING }

    public ActionFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        ownerIds = ownerIds == null ? Set.of() : Set.copyOf(ownerIds);
        sort = sort == null ? ActionSort.DEADLINE : sort;
        Validation.require(dueWithinDays == null || dueWithinDays >= 0, "filter.dueWithin.negative");
        Validation.require(deadlineFrom == null || deadlineTo == null || !deadlineTo.isBefore(deadlineFrom),
                "filter.deadline.order");
    }

    public static ActionFilter all() {
        return new ActionFilter(null, null, null, null, null, null, null, false, null, null, null, null, false, 0);
    }

    public static ActionFilter open() {
        return all().withStatuses(Set.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS));
    }

    public ActionFilter withStatuses(Set<ActionStatus> s) {
        return new ActionFilter(s, ownerIds, leadPersonId, deadlineFrom, deadlineTo, meetingId, planId, overdueOnly,
                dueWithinDays, completedFrom, itemId, sort, descending, limit);
    }

    public ActionFilter withOwners(Set<UUID> ids) {
        return new ActionFilter(statuses, ids, leadPersonId, deadlineFrom, deadlineTo, meetingId, planId, overdueOnly,
                dueWithinDays, completedFrom, itemId, sort, descending, limit);
    }

    public ActionFilter withLead(UUID personId) {
        return new ActionFilter(statuses, ownerIds, personId, deadlineFrom, deadlineTo, meetingId, planId, overdueOnly,
                dueWithinDays, completedFrom, itemId, sort, descending, limit);
    }

    public ActionFilter withDeadline(LocalDate from, LocalDate to) {
        return new ActionFilter(statuses, ownerIds, leadPersonId, from, to, meetingId, planId, overdueOnly,
                dueWithinDays, completedFrom, itemId, sort, descending, limit);
    }

    public ActionFilter withMeeting(UUID id) {
        return new ActionFilter(statuses, ownerIds, leadPersonId, deadlineFrom, deadlineTo, id, planId, overdueOnly,
                dueWithinDays, completedFrom, itemId, sort, descending, limit);
    }

    public ActionFilter withPlan(UUID id) {
        return new ActionFilter(statuses, ownerIds, leadPersonId, deadlineFrom, deadlineTo, meetingId, id, overdueOnly,
                dueWithinDays, completedFrom, itemId, sort, descending, limit);
    }

    public ActionFilter withOverdueOnly(boolean overdue) {
        return new ActionFilter(statuses, ownerIds, leadPersonId, deadlineFrom, deadlineTo, meetingId, planId, overdue,
                dueWithinDays, completedFrom, itemId, sort, descending, limit);
    }

    public ActionFilter withDueWithin(Integer days) {
        return new ActionFilter(statuses, ownerIds, leadPersonId, deadlineFrom, deadlineTo, meetingId, planId,
                overdueOnly, days, completedFrom, itemId, sort, descending, limit);
    }

    public ActionFilter withCompletedFrom(LocalDate day) {
        return new ActionFilter(statuses, ownerIds, leadPersonId, deadlineFrom, deadlineTo, meetingId, planId,
                overdueOnly, dueWithinDays, day, itemId, sort, descending, limit);
    }

    public ActionFilter withItem(UUID id) {
        return new ActionFilter(statuses, ownerIds, leadPersonId, deadlineFrom, deadlineTo, meetingId, planId,
                overdueOnly, dueWithinDays, completedFrom, id, sort, descending, limit);
    }

    public ActionFilter sortedBy(ActionSort key, boolean desc) {
        return new ActionFilter(statuses, ownerIds, leadPersonId, deadlineFrom, deadlineTo, meetingId, planId,
                overdueOnly, dueWithinDays, completedFrom, itemId, key, desc, limit);
    }

    public ActionFilter limitedTo(int max) {
        return new ActionFilter(statuses, ownerIds, leadPersonId, deadlineFrom, deadlineTo, meetingId, planId,
                overdueOnly, dueWithinDays, completedFrom, itemId, sort, descending, max);
    }
}

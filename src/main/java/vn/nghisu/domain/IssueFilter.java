package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What the issue register shows; null or empty means "any". Dates are those of the meeting that raised it. */
public record IssueFilter(Set<IssueStatus> statuses, UUID categoryId, UUID raisedByUnitId, UUID escalatedToId,
                          LocalDate from, LocalDate to, UUID issueId, int limit) {
    public IssueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        Validation.require(from == null || to == null || !to.isBefore(from), "filter.period.order");
    }

    public static IssueFilter all() {
        return new IssueFilter(null, null, null, null, null, null, null, 0);
    }

    public IssueFilter withStatuses(Set<IssueStatus> s) {
        return new IssueFilter(s, categoryId, raisedByUnitId, escalatedToId, from, to, issueId, limit);
    }

    public IssueFilter withCategory(UUID id) {
        return new IssueFilter(statuses, id, raisedByUnitId, escalatedToId, from, to, issueId, limit);
    }

    public IssueFilter withUnit(UUID id) {
        return new IssueFilter(statuses, categoryId, id, escalatedToId, from, to, issueId, limit);
    }

    public IssueFilter withEscalatedTo(UUID id) {
        return new IssueFilter(statuses, categoryId, raisedByUnitId, id, from, to, issueId, limit);
    }

    public IssueFilter withPeriod(LocalDate start, LocalDate end) {
        return new IssueFilter(statuses, categoryId, raisedByUnitId, escalatedToId, start, end, issueId, limit);
    }

    public IssueFilter withIssue(UUID id) {
        return new IssueFilter(statuses, categoryId, raisedByUnitId, escalatedToId, from, to, id, limit);
    }
}

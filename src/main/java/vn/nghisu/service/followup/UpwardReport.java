package vn.nghisu.service.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.IssueRow;

/** The content of a report upward: issues escalated to the body and still open, and the state of action items. */
public record UpwardReport(LocalDate from, LocalDate to, String bodyName, LocalDate generatedOn,
                           List<IssueRow> escalated, List<IssueRow> open, Map<ActionStatus, Integer> actionCounts,
                           List<ActionItemRow> overdueItems) {
    public UpwardReport {
        escalated = List.copyOf(escalated);
        open = List.copyOf(open);
        actionCounts = Map.copyOf(actionCounts);
        overdueItems = List.copyOf(overdueItems);
    }

    public int actionTotal() {
        return actionCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}

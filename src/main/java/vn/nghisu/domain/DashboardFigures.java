package vn.nghisu.domain;

import java.time.LocalDate;
import java.util.List;

/** The chair's overview on one day: headline counts, open items by owner and by sub-committee, the overdue list. */
public record DashboardFigures(LocalDate today, int open, int overdue, int dueSoon, int doneThisMonth,
                               List<GroupCount> byOwnerUnit, List<GroupCount> bySubCommittee,
                               List<ActionItemRow> overdueItems) {
    public DashboardFigures {
        byOwnerUnit = List.copyOf(byOwnerUnit);
        bySubCommittee = List.copyOf(bySubCommittee);
        overdueItems = List.copyOf(overdueItems);
    }
}

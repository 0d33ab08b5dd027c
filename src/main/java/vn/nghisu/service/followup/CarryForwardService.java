package vn.nghisu.service.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Meeting;
import vn.nghisu.store.ActionItemQuery;
import vn.nghisu.store.Database;

/**
 * Carry-forward: a new meeting of the same host unit or working group reviews the open items of earlier
 * meetings as its agenda item "Rà soát việc thực hiện các kết luận trước".
 */
public final class CarryForwardService {
    public static final String REVIEW_TITLE = "Rà soát việc thực hiện các kết luận trước";
    private final Database db;

    public CarryForwardService(Database db) {
        this.db = db;
    }

    public List<ActionItemRow> previousOpenItems(UUID hostUnitId, UUID workingGroupId, LocalDate beforeDate) {
        if (hostUnitId == null && workingGroupId == null) {
            return List.of();
        }
        return new ActionItemQuery(db.dsl()).previousOpen(hostUnitId, workingGroupId, beforeDate);
    }

    /**
     * Adds the review item first on the meeting's agenda, its notes listing the open items; does nothing
     * when there are none or the meeting already has it. Returns the review item when there is one.
     */
    public Optional<AgendaItem> addReviewAgendaItem(UUID meetingId) {
        return db.inTransaction(repos -> {
            Meeting m = repos.meetings().find(meetingId).orElseThrow(() -> new IllegalArgumentException(
                    "No meeting " + meetingId));
            List<AgendaItem> agenda = repos.parts().agenda(meetingId);
            Optional<AgendaItem> existing = agenda.stream().filter(a -> REVIEW_TITLE.equals(a.title())).findFirst();
            if (existing.isPresent()) {
                return existing;
            }
            List<ActionItemRow> open = previousOpenItems(m.hostUnitId(), m.workingGroupId(), m.date());
            if (open.isEmpty()) {
                return Optional.<AgendaItem>empty();
            }
            int first = agenda.stream().mapToInt(AgendaItem::position).min().orElse(1) - 1;
            AgendaItem review = new AgendaItem(null, meetingId, first, REVIEW_TITLE, null, null, null, null,
                    notes(open));
            repos.parts().save(review);
            return Optional.of(review);
        });
    }

    static String notes(List<ActionItemRow> open) {
        StringBuilder sb = new StringBuilder();
        int n = 1;
        for (ActionItemRow r : open) {
            sb.append(n++).append(". ").append(r.title());
            if (r.ownerName() != null) {
                sb.append(" — ").append(r.ownerName());
            }
            if (r.deadline() != null) {
                sb.append(" — hạn ").append(ReportDates.format(r.deadline()));
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }
}

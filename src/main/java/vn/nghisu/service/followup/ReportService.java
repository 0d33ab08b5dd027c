package vn.nghisu.service.followup;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.IssueFilter;
import vn.nghisu.domain.IssueStatus;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Texts;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.store.Database;

/** Gathers the report upward for a period and a target body (e.g. Ban Thường vụ Tỉnh ủy). */
public final class ReportService {
    private final Database db;
    private final IssueService issues;
    private final ActionItemService actions;

    public ReportService(Database db, IssueService issues, ActionItemService actions) {
        this.db = db;
        this.issues = issues;
        this.actions = actions;
    }

    /** The body named (ignoring case and diacritics; a unique part of the name is enough). */
    public ListItem body(String name) {
        String key = Texts.foldKey(name);
        List<ListItem> bodies = db.repositories().lists().findAll(ListKind.ESCALATION_BODY);
        List<ListItem> exact = bodies.stream().filter(b -> Texts.foldKey(b.name()).equals(key)).toList();
        List<ListItem> partial = bodies.stream().filter(b -> Texts.foldKey(b.name()).contains(key)).toList();
        List<ListItem> found = exact.isEmpty() ? partial : exact;
        if (key.isEmpty() || found.size() != 1) {
            throw new ValidationException("report.body.unknown");
        }
        return found.get(0);
    }

    public UpwardReport build(LocalDate from, LocalDate to, String bodyName) {
        ListItem body = body(bodyName);
        IssueFilter period = IssueFilter.all().withPeriod(from, to);
        var escalated = issues.list(period.withStatuses(Set.of(IssueStatus.ESCALATED)).withEscalatedTo(body.id()));
        var open = issues.list(period.withStatuses(Set.of(IssueStatus.NEW, IssueStatus.IN_PROGRESS)));
        List<ActionItemRow> items = actions.list(ActionFilter.all().withDeadline(from, to));
        Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus s : ActionStatus.values()) {
            counts.put(s, 0);
        }
        items.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        LocalDate today = actions.today();
        List<ActionItemRow> overdue = items.stream().filter(r -> r.isOverdue(today)).toList();
        return new UpwardReport(from, to, body.name(), today, escalated, open, counts, overdue);
    }
}

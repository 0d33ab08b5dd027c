package vn.nghisu.domain;

import java.util.List;

/** A meeting with all its parts, as the editor and the minutes need it in one load. */
public record MeetingDetail(Meeting meeting, List<Attendance> attendance, List<AgendaItem> agenda,
                            List<Statement> statements, List<Issue> issues, List<Directive> directives,
                            List<ActionItem> actionItems) {
    public MeetingDetail {
        attendance = List.copyOf(attendance);
        agenda = List.copyOf(agenda);
        statements = List.copyOf(statements);
        issues = List.copyOf(issues);
        directives = List.copyOf(directives);
        actionItems = List.copyOf(actionItems);
    }
}

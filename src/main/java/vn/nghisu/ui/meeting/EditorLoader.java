package vn.nghisu.ui.meeting;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.Statement;
import vn.nghisu.service.EditorData;

/** Turns a loaded meeting into the editor's row models (on the JavaFX thread, while saving is paused). */
final class EditorLoader {
    private final MeetingEditorViewModel vm;

    EditorLoader(MeetingEditorViewModel vm) {
        this.vm = vm;
    }

    void fill(EditorData d) {
        EditorRefs refs = vm.refs;
        refs.setAll(d);
        fillGeneral(d.detail().meeting());
        vm.attendance.clear();
        for (Attendance a : d.detail().attendance()) {
            AttendanceRow r = AttendanceRow.of(a, refs.unit(a.unitId()), refs.person(a.personId()));
            vm.attendance.add(r);
            vm.trackAttendance(r);
        }
        Map<UUID, AgendaRow> agenda = new HashMap<>();
        vm.agenda.clear();
        for (AgendaItem a : d.detail().agenda()) {
            AgendaRow r = AgendaRow.of(a, refs.person(a.presenterId()));
            agenda.put(a.id(), r);
            vm.agenda.add(r);
            vm.trackAgenda(r);
        }
        vm.statements.clear();
        for (Statement s : d.detail().statements()) {
            StatementRow r = new StatementRow(s.id());
            fillStatement(r, s, agenda.get(s.agendaItemId()));
            vm.statements.add(r);
            vm.trackStatement(r);
        }
        fillIssues(d);
        fillDirectives(d);
    }

    private void fillIssues(EditorData d) {
        vm.issues.clear();
        for (Issue i : d.detail().issues()) {
            IssueEntry r = new IssueEntry(i.id());
            fillIssue(r, i);
            vm.issues.add(r);
            vm.trackIssue(r);
        }
    }

    private void fillDirectives(EditorData d) {
        vm.directives.clear();
        Map<UUID, DirectiveRow> byId = new java.util.LinkedHashMap<>();
        for (Directive dir : d.detail().directives()) {
            DirectiveRow r = new DirectiveRow(dir.id());
            r.text.set(dir.text());
            byId.put(dir.id(), r);
        }
        for (ActionItem a : d.detail().actionItems()) {
            DirectiveRow owner = byId.get(a.directiveId());
            if (owner == null) {
                continue;
            }
            ActionRow r = new ActionRow(a.id());
            fillAction(r, a);
            owner.actions.add(r);
            vm.trackAction(owner, r);
        }
        // directives go in with their actions, so the first one shown shows its first action too
        for (DirectiveRow r : byId.values()) {
            vm.directives.add(r);
            vm.trackDirective(r);
        }
    }

    /** The General section from the stored meeting (also "take theirs" after a conflict over it). */
    void fillGeneral(Meeting m) {
        EditorRefs refs = vm.refs;
        GeneralForm g = vm.general;
        g.title.set(m.title());
        g.kind.set(EditorRefs.find(refs.meetingKinds, i -> i.id(), m.kindId()));
        g.date.set(m.date());
        g.start.set(vn.nghisu.ui.common.Fields.time(m.start()));
        g.end.set(vn.nghisu.ui.common.Fields.time(m.end()));
        g.place.set(m.place() == null ? "" : m.place());
        g.host.set(refs.unit(m.hostUnitId()));
        g.group.set(EditorRefs.find(refs.groups, w -> w.id(), m.workingGroupId()));
        g.chair.set(refs.person(m.chairId()));
        g.secretary.set(refs.person(m.secretaryId()));
        g.closingNote.set(m.closingNote() == null ? "" : m.closingNote());
        g.status = m.status();
    }

    void fillStatement(StatementRow r, Statement s, AgendaRow agenda) {
        r.agenda.set(agenda);
        r.speaker.set(vm.refs.person(s.speakerId()));
        r.summary.set(s.summary());
    }

    void fillIssue(IssueEntry r, Issue i) {
        r.loaded = i;
        r.title.set(i.title());
        r.category.set(EditorRefs.find(vm.refs.categories, c -> c.id(), i.categoryId()));
        r.raisedBy.set(vm.refs.unit(i.raisedByUnitId()));
        r.detail.set(i.detail() == null ? "" : i.detail());
    }

    void fillAction(ActionRow r, ActionItem a) {
        r.title.set(a.title());
        r.ownerUnit.set(vm.refs.unit(a.ownerUnitId()));
        r.ownerSub.set(EditorRefs.find(vm.refs.subCommittees, s -> s.id(), a.ownerSubCommitteeId()));
        r.lead.set(vm.refs.person(a.leadPersonId()));
        r.coordinators.setAll(a.coordinatingUnitIds().stream().map(vm.refs::unit).filter(java.util.Objects::nonNull)
                .toList());
        r.deadline.set(a.deadline());
        r.status = a.status();
    }
}

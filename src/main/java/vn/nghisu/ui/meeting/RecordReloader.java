package vn.nghisu.ui.meeting;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.MeetingDetail;
import vn.nghisu.domain.Statement;
import vn.nghisu.service.EditorData;
import vn.nghisu.service.EditorPart;

/**
 * "Take theirs" after a conflict: the stored version of the one record replaces what this screen shows of it
 * (a record the other user deleted leaves the screen); the other rows, perhaps with unsaved edits, are untouched.
 */
final class RecordReloader {
    private final MeetingEditorViewModel vm;
    private final EditorLoader loader;

    RecordReloader(MeetingEditorViewModel vm) {
        this.vm = vm;
        this.loader = new EditorLoader(vm);
    }

    /** On the JavaFX thread, with saving paused. */
    void reload(String table, UUID id, EditorData d) {
        vm.refs.addMissing(d);
        MeetingDetail m = d.detail();
        if ("meeting".equals(table)) {
            loader.fillGeneral(m.meeting());
            return;
        }
        switch (EditorPart.ofTable(table).orElseThrow()) {
            case ATTENDANCE -> replace(vm.attendance, r -> r.id, stored(m.attendance(), Attendance::id, id), id,
                    (r, a) -> r.fill(a, vm.refs.unit(a.unitId()), vm.refs.person(a.personId())));
            case AGENDA -> replace(vm.agenda, r -> r.id, stored(m.agenda(), AgendaItem::id, id), id,
                    (r, a) -> r.fill(a, vm.refs.person(a.presenterId())));
            case STATEMENT -> replace(vm.statements, r -> r.id, stored(m.statements(), Statement::id, id), id,
                    (r, s) -> loader.fillStatement(r, s, EditorRefs.find(vm.agenda, a -> a.id, s.agendaItemId())));
            case ISSUE -> replace(vm.issues, r -> r.id, stored(m.issues(), Issue::id, id), id, loader::fillIssue);
            case DIRECTIVE -> replace(vm.directives, r -> r.id, stored(m.directives(), Directive::id, id), id,
                    (r, dir) -> r.text.set(dir.text()));
            case ACTION -> vm.directives.stream().filter(dir -> EditorRefs.find(dir.actions, a -> a.id, id) != null)
                    .findFirst().ifPresent(dir -> replace(dir.actions, r -> r.id,
                            stored(m.actionItems(), ActionItem::id, id), id, loader::fillAction));
            default -> throw new IllegalArgumentException(table);
        }
    }

    private static <T> T stored(List<T> records, Function<T, UUID> key, UUID id) {
        return EditorRefs.find(records, key, id);
    }

    private static <R, T> void replace(List<R> rows, Function<R, UUID> rowId, T stored, UUID id,
                                       BiConsumer<R, T> fill) {
        R row = EditorRefs.find(rows, rowId, id);
        if (row == null) {
            return;
        }
        if (stored == null) {
            rows.remove(row);
        } else {
            fill.accept(row, stored);
        }
    }
}

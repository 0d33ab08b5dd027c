package vn.nghisu.ui.meeting;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import vn.nghisu.domain.Person;
import vn.nghisu.service.EditorPart;
import vn.nghisu.service.MeetingRules;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.EntityPicker;
import vn.nghisu.ui.common.Fields;

/** Ý kiến phát biểu: speaker by type-ahead from the attendees, the agenda item, the summary. */
final class StatementsSection {
    final ListSection<StatementRow> section;

    StatementsSection(MeetingEditorViewModel vm, Messages m) {
        EntityPicker<Person> speaker = new EntityPicker<>("statement-speaker", vm.attendees, Person::fullName);
        ComboBox<AgendaRow> item = new ComboBox<>(vm.agenda);
        item.setId("statement-agenda");
        item.setAccessibleText(m.get("editor.statement.agenda"));
        item.setMaxWidth(Double.MAX_VALUE);
        TextArea summary = new TextArea();
        summary.setId("statement-summary");
        summary.setAccessibleText(m.get("editor.statement.summary"));
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        FormBinder<StatementRow> binder = new FormBinder<StatementRow>()
                .bind(speaker, speaker.valueProperty(), r -> r.speaker, null)
                .bind(summary, summary.textProperty(), r -> r.summary, "")
                .bind(item, item.valueProperty(), r -> r.agenda, null);
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        Fields.row(form, m.get("editor.statement.speaker"), speaker);
        Fields.row(form, m.get("editor.statement.summary"), summary);
        Fields.row(form, m.get("editor.statement.agenda"), item);
        section = new ListSection<>("statements", binder, r -> describe(r), form);
        Button add = AttendanceSection.button("statement-add", m.get("editor.statement.add"));
        Button delete = AttendanceSection.button("statement-delete", m.get("editor.delete"));
        section.actions(add, vm::addStatement, delete, r -> vm.delete(EditorPart.STATEMENT, vm.statements, r, r.id,
                describe(r), java.util.List.of()), speaker);
        new Rules(m).on(speaker, () -> binder.current() == null ? java.util.Optional.empty()
                : MeetingRules.speaker(binder.current().speaker.get()), speaker.valueProperty(), speaker.textProperty());
        section.setItems(vm.statements);
    }

    private static String describe(StatementRow r) {
        String who = r.speaker.get() == null ? "…" : r.speaker.get().fullName();
        return who + ": " + r.summary.get();
    }
}

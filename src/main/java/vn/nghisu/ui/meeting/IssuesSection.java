package vn.nghisu.ui.meeting;

import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.Unit;
import vn.nghisu.service.EditorPart;
import vn.nghisu.service.MeetingRules;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.EntityPicker;
import vn.nghisu.ui.common.Fields;

/** Khó khăn, vướng mắc: title, category, raising unit, detail; Ctrl+I adds one from anywhere in the editor. */
final class IssuesSection {
    final ListSection<IssueEntry> section;

    IssuesSection(MeetingEditorViewModel vm, Messages m) {
        TextField title = Fields.text("issue-title", m.get("editor.issue.title"));
        EntityPicker<ListItem> category = new EntityPicker<>("issue-category", vm.refs.categories, ListItem::name);
        EntityPicker<Unit> raisedBy = new EntityPicker<>("issue-unit", vm.refs.units, Unit::name).creating(vm::newUnit);
        TextArea detail = new TextArea();
        detail.setId("issue-detail");
        detail.setAccessibleText(m.get("editor.issue.detail"));
        detail.setWrapText(true);
        detail.setPrefRowCount(3);
        FormBinder<IssueEntry> binder = new FormBinder<IssueEntry>()
                .bind(title, title.textProperty(), r -> r.title, "")
                .bind(category, category.valueProperty(), r -> r.category, null)
                .bind(raisedBy, raisedBy.valueProperty(), r -> r.raisedBy, null)
                .bind(detail, detail.textProperty(), r -> r.detail, "");
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        Fields.row(form, m.get("editor.issue.title"), title);
        Fields.row(form, m.get("editor.issue.category"), category);
        Fields.row(form, m.get("editor.issue.unit"), raisedBy);
        Fields.row(form, m.get("editor.issue.detail"), detail);
        section = new ListSection<>("issues", binder, IssuesSection::describe, form);
        Button add = AttendanceSection.button("issue-add", m.get("editor.issue.add"));
        Button delete = AttendanceSection.button("issue-delete", m.get("editor.delete"));
        section.actions(add, vm::addIssue, delete, r -> vm.delete(EditorPart.ISSUE, vm.issues, r, r.id, r.title.get(),
                java.util.List.of()), title);
        new Rules(m).unmatched(category).on(title, () -> binder.current() == null ? java.util.Optional.empty()
                : MeetingRules.title(title.getText()), title.textProperty());
        section.setItems(vm.issues);
    }

    private static String describe(IssueEntry r) {
        String cat = r.category.get() == null ? "" : " [" + r.category.get().name() + "]";
        String unit = r.raisedBy.get() == null ? "" : " — " + r.raisedBy.get().name();
        return r.title.get() + cat + unit;
    }
}

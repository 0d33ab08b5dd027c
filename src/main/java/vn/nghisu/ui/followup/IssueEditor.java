package vn.nghisu.ui.followup;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.domain.IssueStatus;
import vn.nghisu.domain.ListItem;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.common.Fields;

/**
 * The edit panel of one issue: status, the body it is escalated to, resolution text and date, linked items. Edits are
 * saved with the button or, like everywhere else, when the user moves on to another issue: never dropped.
 */
final class IssueEditor extends VBox {
    private final IssuesViewModel model;
    private final Messages m;
    private final Label title = new Label();
    private final ComboBox<IssueStatus> status = new ComboBox<>();
    private final ComboBox<ListItem> body = new ComboBox<>();
    private final TextArea resolution = new TextArea();
    private final DatePicker resolvedOn;
    private final Label linked = new Label();
    private Issue current;

    IssueEditor(IssuesViewModel model, Messages m) {
        super(8);
        this.model = model;
        this.m = m;
        resolvedOn = Fields.date("issue-resolved-on", m.get("issues.resolvedOn"));
        setPadding(new Insets(8));
        title.setWrapText(true);
        title.getStyleClass().add("title-4");
        title.setId("issue-title");
        status.getItems().addAll(Arrays.asList(IssueStatus.values()));
        status.setConverter(Fields.shownAs(s -> s == null ? "" : m.label("issue.status", s)));
        status.setButtonCell(ActionFilterBar.cell(status.getConverter()));
        status.setId("issue-status");
        body.setItems(model.bodies());
        body.setConverter(Fields.shownAs(b -> b == null ? "" : b.name()));
        body.setId("issue-escalated-to");
        body.disableProperty().bind(status.valueProperty().isNotEqualTo(IssueStatus.ESCALATED));
        resolution.setId("issue-resolution");
        resolution.setPrefRowCount(4);
        resolution.setWrapText(true);
        linked.setId("issue-linked-actions");
        Button save = new Button(m.get("issues.save"));
        save.setId("issue-save");
        save.setOnAction(e -> save());
        getChildren().addAll(title, new Label(m.get("issues.col.status")), status,
                new Label(m.get("issues.col.escalatedTo")), body, new Label(m.get("issues.resolution")), resolution,
                new Label(m.get("issues.resolvedOn")), resolvedOn, linked, save);
        setDisable(true);
    }

    /**
     * Before another issue (or none) is shown: saves this one's unsaved edits; false, with the message shown, when
     * they break a rule, so the issue stays on screen with them.
     */
    boolean leave(IssueRow next) {
        if (current == null || (next != null && next.id().equals(current.id())) || !edited()) {
            return true;
        }
        return save();
    }

    private boolean edited() {
        Issue i = current;
        UUID bodyId = body.getValue() == null ? null : body.getValue().id();
        return status.getValue() != i.status()
                || status.getValue() == IssueStatus.ESCALATED && !Objects.equals(bodyId, i.escalatedToId())
                || !Objects.equals(blankAsNull(resolution.getText()), blankAsNull(i.resolution()))
                || !Objects.equals(resolvedOn.getValue(), i.resolvedOn());
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    void show(IssueRow row) {
        if (row != null && current != null && row.id().equals(current.id()) && !isDisabled()) {
            return; // the same issue selected again (after a list refresh): keep what is on screen
        }
        setDisable(row == null);
        if (row == null) {
            current = null;
            return;
        }
        model.load(row.id(), loaded -> {
            current = loaded.getKey();
            title.setText(current.title());
            status.setValue(current.status());
            body.setValue(model.bodies().stream().filter(b -> b.id().equals(current.escalatedToId())).findFirst()
                    .orElse(null));
            resolution.setText(current.resolution());
            resolvedOn.setValue(current.resolvedOn());
            linked.setText(m.format("issues.linkedActions", loaded.getValue()));
        });
    }

    private boolean save() {
        if (current == null) {
            return true;
        }
        Issue i = current;
        IssueStatus s = status.getValue();
        if (s == IssueStatus.ESCALATED && body.getValue() == null) {
            vn.nghisu.ui.ErrorDialog.show(m, new vn.nghisu.domain.ValidationException("issue.escalation.bodyRequired"));
            return false;
        }
        current = new Issue(i.id(), i.meetingId(), i.title(), i.detail(), i.categoryId(), i.raisedByUnitId(), s,
                s == IssueStatus.ESCALATED ? body.getValue().id() : null, resolution.getText(), resolvedOn.getValue(),
                i.position());
        model.save(current);
        return true;
    }
}

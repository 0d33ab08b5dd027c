package vn.nghisu.ui.minutes;

import java.util.UUID;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.minutes.DocumentProfile;
import vn.nghisu.minutes.ProfileKind;
import vn.nghisu.service.minutes.MinutesService;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;
import vn.nghisu.ui.common.Fields;

/** Mẫu biên bản: the office edits letterhead, number, place, signers, margins and font sizes, as data. */
final class MinutesProfileDialog {
    private final UiContext ctx;
    private final Messages m;
    private final MinutesProfileForm form = new MinutesProfileForm();
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label error = new Label();
    private final ToggleGroup scope = new ToggleGroup();
    private final RadioButton groupScope;
    private final RadioButton meetingScope;

    private MinutesProfileDialog(UiContext ctx, Window owner) {
        this.ctx = ctx;
        this.m = ctx.messages();
        groupScope = radio("minutes-template-scope-group", "minutes.template.scope.group");
        meetingScope = radio("minutes-template-scope-meeting", "minutes.template.scope.meeting");
        dialog.initOwner(owner);
        dialog.setTitle(m.get("minutes.template"));
        dialog.setHeaderText(m.get("minutes.template.header"));
        dialog.getDialogPane().setId("minutes-template-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(new ButtonType(m.get("minutes.template.save"),
                ButtonBar.ButtonData.OK_DONE),
                new ButtonType(m.get("minutes.template.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(fields());
        error.setId("minutes-template-error");
        error.getStyleClass().addAll("save-state", "error");
    }

    /** Opened from the preview: the meeting's template, saved for its working group or for the meeting alone. */
    static void forMeeting(UiContext ctx, UUID meetingId, Window owner, Runnable onSaved) {
        MinutesService service = ctx.services().minutes();
        ctx.tasks().run(() -> new Loaded(service.meeting(meetingId).meeting().workingGroupId(),
                service.profile(meetingId, null), service.profiles().ownOfMeeting(meetingId).isPresent()), loaded -> {
                    MinutesProfileDialog d = new MinutesProfileDialog(ctx, owner);
                    d.groupScope.setDisable(loaded.groupId() == null);
                    (loaded.ownOfMeeting() || loaded.groupId() == null ? d.meetingScope : d.groupScope).setSelected(true);
                    d.open(loaded.profile(), profile -> {
                        if (d.meetingScope.isSelected()) {
                            service.profiles().saveForMeeting(meetingId, profile);
                        } else {
                            service.profiles().clearForMeeting(meetingId);
                            service.profiles().saveForGroup(loaded.groupId(), profile);
                        }
                    }, onSaved);
                }, error -> ErrorDialog.show(ctx.messages(), error));
    }

    /** Opened from Cài đặt: a working group's template. */
    static void forGroup(UiContext ctx, UUID groupId, Window owner, Runnable onSaved) {
        MinutesService service = ctx.services().minutes();
        ctx.tasks().run(() -> service.profiles().forGroup(groupId), profile -> {
            MinutesProfileDialog d = new MinutesProfileDialog(ctx, owner);
            d.groupScope.setSelected(true);
            d.meetingScope.setDisable(true);
            d.open(profile, p -> service.profiles().saveForGroup(groupId, p), onSaved);
        }, error -> ErrorDialog.show(ctx.messages(), error));
    }

    private record Loaded(UUID groupId, DocumentProfile profile, boolean ownOfMeeting) {
    }

    /** Saving a template, run on the background worker. */
    @FunctionalInterface
    private interface Save {
        void save(DocumentProfile profile);
    }

    private void open(DocumentProfile profile, Save save, Runnable onSaved) {
        form.load(profile);
        Node ok = dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        ok.setId("minutes-template-save");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            DocumentProfile edited;
            try {
                edited = form.toProfile();
            } catch (ValidationException | IllegalArgumentException invalid) {
                error.setText(invalid instanceof ValidationException v ? m.get(v.key()) : invalid.getMessage());
                e.consume();
                return;
            }
            ctx.tasks().run(() -> {
                save.save(edited);
                return edited;
            }, saved -> onSaved.run(), failure -> ErrorDialog.show(ctx.messages(), failure));
        });
        dialog.show();
    }

    private GridPane fields() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ComboBox<ProfileKind> kind = new ComboBox<>();
        kind.setId("minutes-template-kind");
        kind.getItems().setAll(ProfileKind.values());
        kind.setConverter(Fields.shownAs(k -> k == null ? "" : m.label("minutes.kind", k)));
        kind.valueProperty().bindBidirectional(form.kind);
        kind.setOnAction(e -> form.switchKind(kind.getValue()));
        int row = 0;
        grid.addRow(row++, label("minutes.template.scope"), new HBox(12, groupScope, meetingScope));
        grid.addRow(row++, label("minutes.kind"), kind);
        grid.addRow(row++, label("minutes.template.parentBody"), text("minutes-template-parent", form.parentBody, 420));
        grid.addRow(row++, label("minutes.template.issuingBody"), text("minutes-template-issuing", form.issuingBody, 420));
        grid.addRow(row++, label("minutes.template.number"), text("minutes-template-number", form.numberTemplate, 220));
        grid.addRow(row++, label("minutes.template.place"), text("minutes-template-place", form.place, 220));
        grid.addRow(row++, label("minutes.template.chairSigner"), text("minutes-template-chair", form.chairSigner, 220));
        grid.addRow(row++, label("minutes.template.secretarySigner"),
                text("minutes-template-secretary", form.secretarySigner, 220));
        grid.addRow(row++, label("minutes.template.margins"), new HBox(6,
                text("minutes-template-top", form.top, 56), text("minutes-template-bottom", form.bottom, 56),
                text("minutes-template-left", form.left, 56), text("minutes-template-right", form.right, 56)));
        grid.addRow(row++, label("minutes.template.sizes"), new HBox(6,
                text("minutes-template-body-size", form.bodySize, 56), text("minutes-template-table-size", form.tableSize, 56)));
        grid.add(error, 1, row);
        return grid;
    }

    private Label label(String key) {
        Label label = new Label(m.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private TextField text(String id, javafx.beans.property.StringProperty value, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(value);
        field.setAccessibleText(m.get(id.replace("minutes-template-", "minutes.template.field.")));
        return field;
    }

    private RadioButton radio(String id, String key) {
        RadioButton radio = new RadioButton(m.get(key));
        radio.setId(id);
        radio.setToggleGroup(scope);
        return radio;
    }
}

package vn.nghisu.ui.minutes;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;

/** The row of Cài đặt that opens the minutes template (letterhead, margins, sizes) of a working group. */
public final class MinutesTemplateSetting extends HBox {

    public MinutesTemplateSetting(UiContext ctx) {
        super(8);
        Messages m = ctx.messages();
        ComboBox<WorkingGroup> groups = new ComboBox<>();
        groups.setId("settings-minutes-group");
        groups.setAccessibleText(m.get("minutes.settings.group"));
        groups.setPromptText(m.get("minutes.settings.group"));
        groups.setConverter(new StringConverter<>() {
            @Override
            public String toString(WorkingGroup g) {
                return g == null ? "" : g.name();
            }

            @Override
            public WorkingGroup fromString(String s) {
                return null;
            }
        });
        Button edit = new Button(m.get("minutes.template") + "…");
        edit.setId("settings-minutes-template");
        edit.setAccessibleText(m.get("minutes.template"));
        edit.disableProperty().bind(groups.valueProperty().isNull());
        Label saved = new Label();
        saved.setId("settings-minutes-saved");
        saved.getStyleClass().addAll("save-state", "saved");
        edit.setOnAction(e -> MinutesProfileDialog.forGroup(ctx, groups.getValue().id(), getScene().getWindow(),
                () -> saved.setText(m.get("minutes.sections.saved"))));
        getChildren().addAll(groups, edit, saved);
        ctx.tasks().run(() -> ctx.directory().groups(), list -> {
            groups.getItems().setAll(list);
            if (!list.isEmpty()) {
                groups.getSelectionModel().selectFirst();
            }
        }, error -> saved.setText(MinutesErrors.sentence(m, error)));
    }
}

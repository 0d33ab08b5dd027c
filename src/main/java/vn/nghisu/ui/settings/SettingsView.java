package vn.nghisu.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.UiContext;
import vn.nghisu.ui.minutes.MinutesTemplateSetting;

/** Cài đặt: interface language, where the data lives, and backup and security. */
public final class SettingsView extends VBox {

    public SettingsView(UiContext ctx) {
        setSpacing(12);
        setPadding(new Insets(16));
        var m = ctx.messages();
        Label title = new Label(m.get("settings.title"));
        title.getStyleClass().add("title-2");
        ComboBox<String> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().addAll(m.get("settings.language.vi"), m.get("settings.language.en"));
        language.getSelectionModel().select("en".equals(ctx.messages().locale().getLanguage()) ? 1 : 0);
        language.setAccessibleText(m.get("settings.language"));
        Label hint = new Label();
        hint.setId("settings-language-hint");
        language.setOnAction(e -> {
            ctx.settings().setLanguage(language.getSelectionModel().getSelectedIndex() == 1 ? "en" : "vi");
            ctx.tasks().run(() -> {
                ctx.settings().save();
                return null;
            }, ok -> hint.setText(m.get("settings.language.restart")), err -> ErrorDialog.show(m, err));
        });
        Label folder = new Label(ctx.dataDir().toString());
        folder.setId("settings-data-folder");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("settings.language")), language);
        grid.addRow(1, new Label(""), hint);
        grid.addRow(2, new Label(m.get("settings.dataFolder")), folder);
        grid.addRow(3, new Label(m.get("minutes.settings.label")), new MinutesTemplateSetting(ctx));
        getChildren().addAll(title, grid, new javafx.scene.control.Separator(), new SafetySection(ctx));
    }
}

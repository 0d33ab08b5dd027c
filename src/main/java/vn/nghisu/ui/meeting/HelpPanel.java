package vn.nghisu.ui.meeting;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.nghisu.ui.Messages;

/** The F1 panel: every shortcut of the editor, so nothing needs the mouse. */
final class HelpPanel extends VBox {
    static final String[][] SHORTCUTS = {
        {"Alt+1 … Alt+7", "editor.help.sections"},
        {"Ctrl+PgDn / Ctrl+PgUp", "editor.help.nextSection"},
        {"Ctrl+Enter", "editor.help.add"},
        {"Ctrl+Shift+Enter", "editor.help.addAction"},
        {"Ctrl+I", "editor.help.issue"},
        {"Ctrl+G", "editor.help.takeGroup"},
        {"Ctrl+R", "editor.help.carry"},
        {"Ctrl+T", "editor.help.timer"},
        {"Alt+↑ / Alt+↓", "editor.help.move"},
        {"Delete", "editor.help.delete"},
        {"Ctrl+Alt+Z", "editor.help.undo"},
        {"Enter", "editor.help.enterForm"},
        {"Tab / Shift+Tab, Ctrl+Tab", "editor.help.tab"},
        {"Ctrl+Shift+P", "editor.help.previous"},
        {"Alt+←", "editor.help.back"},
        {"Ctrl+N", "editor.help.new"},
        {"F1 / Esc", "editor.help.toggle"},
    };

    HelpPanel(Messages m) {
        setId("help-panel");
        getStyleClass().add("help-panel");
        setSpacing(8);
        Label title = new Label(m.get("editor.help.title"));
        title.getStyleClass().add("title-4");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        for (String[] s : SHORTCUTS) {
            Label key = new Label(s[0]);
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(USE_PREF_SIZE);
            Label what = new Label(m.get(s[1]));
            what.setWrapText(true);
            // wrapped descriptions keep all their lines instead of ending in "…"
            what.setMinHeight(USE_PREF_SIZE);
            grid.addRow(grid.getRowCount(), key, what);
        }
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, texts);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        setPrefWidth(440);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }
}

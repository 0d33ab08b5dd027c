package vn.nghisu.ui.meeting;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.nghisu.ui.Messages;

/** The F1 panel: every shortcut of the editor, so nothing needs the mouse. */
final class HelpPanel extends VBox {
    static final String[][] SHORTCUTS = {
        {"Alt+1 … Alt+7", "editor.help.sections"},
        {"Ctrl+PageDown / Ctrl+PageUp", "editor.help.nextSection"},
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
            grid.addRow(grid.getRowCount(), key, what);
        }
        getChildren().addAll(title, grid);
        setPrefWidth(380);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }
}

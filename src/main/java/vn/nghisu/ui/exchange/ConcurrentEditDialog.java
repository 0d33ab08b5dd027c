package vn.nghisu.ui.exchange;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import vn.nghisu.store.ConcurrentEditException;
import vn.nghisu.ui.Messages;

/**
 * Asks the user what to do when a save meets someone else's newer version (shared office database):
 * keep mine (save again over the version now stored) or take theirs (reload); for a delete of a record someone else
 * changed, delete anyway or keep theirs (the record comes back on screen). Never decided silently.
 */
public final class ConcurrentEditDialog {
    /** The user's answer. */
    public enum Choice { KEEP_MINE, TAKE_THEIRS }

    private ConcurrentEditDialog() {
    }

    public static Optional<Choice> ask(Messages messages, ConcurrentEditException conflict) {
        boolean deleting = conflict.deleting();
        ButtonType mine = new ButtonType(messages.get(deleting ? "concurrent.deleteAnyway" : "concurrent.keepMine"),
                ButtonBar.ButtonData.OTHER);
        ButtonType theirs = new ButtonType(messages.get(deleting ? "concurrent.keepTheirs" : "concurrent.takeTheirs"),
                ButtonBar.ButtonData.OK_DONE);
        String text = deleting ? "concurrent.deleting" : conflict.deleted() ? "concurrent.deleted" : "concurrent.edit";
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get(text), mine, theirs);
        alert.setTitle(messages.get("concurrent.title"));
        alert.setHeaderText(messages.get("exchange.table." + conflict.table()));
        alert.getDialogPane().setId("concurrent-edit");
        name(alert.getDialogPane().lookupButton(mine), "concurrent-keep-mine", mine.getText());
        name(alert.getDialogPane().lookupButton(theirs), "concurrent-take-theirs", theirs.getText());
        return alert.showAndWait().map(b -> b == mine ? Choice.KEEP_MINE : b == theirs ? Choice.TAKE_THEIRS : null);
    }

    private static void name(Node button, String id, String text) {
        button.setId(id);
        button.setAccessibleText(text);
    }
}

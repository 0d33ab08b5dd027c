package vn.nghisu.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.store.StoreException;

/** Shows a failure as a plain sentence, with the technical details one click away ("copy details"). */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    /** The sentence a secretary reads: from the bundle when the failure names a message key. */
    public static String sentence(Messages messages, Throwable error) {
        if (error instanceof StoreException se) {
            return messages.get(se.key());
        }
        if (error instanceof ValidationException ve) {
            return messages.get(ve.key());
        }
        return messages.get("error.unexpected");
    }

    public static void show(Messages messages, Throwable error) {
        Alert alert = DialogButtons.alert(messages, Alert.AlertType.ERROR, null);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(sentence(messages, error));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setId("error-details");
        alert.getDialogPane().setExpandableContent(details);
        ButtonType copy = new ButtonType(messages.get("error.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().add(copy);
        alert.showAndWait().filter(copy::equals).ifPresent(b -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(trace.toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}

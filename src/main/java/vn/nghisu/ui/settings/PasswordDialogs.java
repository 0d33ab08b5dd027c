package vn.nghisu.ui.settings;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import vn.nghisu.ui.DialogButtons;
import vn.nghisu.ui.Messages;

/** The password dialogs: to open an encrypted database, to encrypt (with the forgotten-password warning), to change. */
public final class PasswordDialogs {
    static final int MIN_LENGTH = 8;

    /** What the change dialog returns: the current password and the new one. */
    public record Change(char[] current, char[] next) {
    }

    private PasswordDialogs() {
    }

    /** Asked before the main window; problem is the previous attempt's message (wrong password), or null. */
    public static Optional<char[]> askToOpen(Messages m, String problem) {
        Dialog<char[]> dialog = dialog(m, m.get("safety.password.prompt.title"));
        PasswordField field = field("password-open", m.get("safety.password.field"));
        Label error = error("password-open-error", problem);
        dialog.getDialogPane().setContent(new VBox(8, new Label(m.get("safety.password.prompt")), field, error));
        okButton(dialog).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setOnShown(e -> field.requestFocus());
        dialog.setResultConverter(b -> DialogButtons.isOk(b) ? field.getText().toCharArray() : null);
        return dialog.showAndWait();
    }

    /** Encrypting: the warning must be acknowledged and the new password typed twice. */
    public static Optional<char[]> askNew(Messages m) {
        Dialog<char[]> dialog = dialog(m, m.get("safety.encryption"));
        Label warning = new Label(m.get("safety.encrypt.warning"));
        warning.setWrapText(true);
        warning.setMaxWidth(420);
        warning.getStyleClass().add("safety-warning");
        CheckBox understood = new CheckBox(m.get("safety.encrypt.understood"));
        understood.setId("password-understood");
        PasswordField next = field("password-new", m.get("safety.password.new"));
        PasswordField repeat = field("password-repeat", m.get("safety.password.repeat"));
        Label error = error("password-new-error", null);
        dialog.getDialogPane().setContent(new VBox(8, warning, understood, new Label(m.get("safety.password.new")), next,
                new Label(m.get("safety.password.repeat")), repeat, error));
        guard(dialog, m, next, repeat, error, understood);
        dialog.setResultConverter(b -> DialogButtons.isOk(b) ? next.getText().toCharArray() : null);
        return dialog.showAndWait();
    }

    public static Optional<Change> askChange(Messages m) {
        Dialog<Change> dialog = dialog(m, m.get("safety.password.change"));
        PasswordField current = field("password-current", m.get("safety.password.current"));
        PasswordField next = field("password-new", m.get("safety.password.new"));
        PasswordField repeat = field("password-repeat", m.get("safety.password.repeat"));
        Label error = error("password-new-error", null);
        dialog.getDialogPane().setContent(new VBox(8, new Label(m.get("safety.password.current")), current,
                new Label(m.get("safety.password.new")), next, new Label(m.get("safety.password.repeat")), repeat, error));
        guard(dialog, m, next, repeat, error, null);
        dialog.setResultConverter(b -> DialogButtons.isOk(b)
                ? new Change(current.getText().toCharArray(), next.getText().toCharArray()) : null);
        return dialog.showAndWait();
    }

    /** Refuses OK (and says why) until the two new passwords match, are long enough, and the warning is ticked. */
    private static void guard(Dialog<?> dialog, Messages m, PasswordField next, PasswordField repeat, Label error,
            CheckBox understood) {
        okButton(dialog).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String problem = next.getText().length() < MIN_LENGTH ? m.get("safety.password.short")
                    : !Arrays.equals(next.getText().toCharArray(), repeat.getText().toCharArray())
                    ? m.get("safety.password.mismatch") : null;
            if (problem != null || understood != null && !understood.isSelected()) {
                error.setText(problem == null ? m.get("safety.encrypt.understood") : problem);
                e.consume();
            }
        });
    }

    private static <T> Dialog<T> dialog(Messages m, String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title);
        DialogButtons.okCancel(dialog, m);
        return dialog;
    }

    /** The confirming button, the first one {@link DialogButtons#okCancel} adds. */
    private static javafx.scene.Node okButton(Dialog<?> dialog) {
        return dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
    }

    private static PasswordField field(String id, String accessible) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(accessible);
        return field;
    }

    private static Label error(String id, String text) {
        Label label = new Label(text == null ? "" : text);
        label.setId(id);
        label.getStyleClass().add("danger");
        label.setWrapText(true);
        return label;
    }
}

package vn.nghisu.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;

/**
 * Dialog buttons in the user's language. JavaFX ships no Vietnamese texts, so its own ButtonType.OK, CANCEL, …
 * would read "OK / Cancel" on a Vietnamese screen; these keep the same roles (Enter = OK, Esc = Cancel).
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static ButtonType ok(Messages m) {
        return new ButtonType(m.get("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages m) {
        return new ButtonType(m.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    /** Adds "Đồng ý" and "Hủy" to a dialog; read the answer with {@link #isOk}. */
    public static void okCancel(Dialog<?> dialog, Messages m) {
        dialog.getDialogPane().getButtonTypes().addAll(ok(m), cancel(m));
    }

    /** True for the button that confirms (whatever its text), false for cancel, close or no answer. */
    public static boolean isOk(ButtonType button) {
        return button != null && button.getButtonData() == ButtonData.OK_DONE;
    }

    /** An alert with a translated OK (and Cancel for a confirmation) instead of JavaFX's English ones. */
    public static Alert alert(Messages m, Alert.AlertType type, String text) {
        return translated(new Alert(type, text), m);
    }

    /** A pick-one dialog whose buttons read "Đồng ý / Hủy". */
    public static <T> ChoiceDialog<T> choice(Messages m, T first, List<T> choices) {
        return translated(new ChoiceDialog<>(first, choices), m);
    }

    /** A one-line question whose buttons read "Đồng ý / Hủy". */
    public static TextInputDialog textInput(Messages m) {
        return translated(new TextInputDialog(), m);
    }

    /**
     * Swaps the built-in buttons JavaFX put on a ready-made dialog (Alert, ChoiceDialog, TextInputDialog) for
     * ones with the same role and the bundle's text; those dialogs read their answer from the role, not the text.
     */
    static <D extends Dialog<?>> D translated(D dialog, Messages m) {
        List<ButtonType> swapped = dialog.getDialogPane().getButtonTypes().stream().map(b -> translate(b, m)).toList();
        dialog.getDialogPane().getButtonTypes().setAll(swapped);
        return dialog;
    }

    private static ButtonType translate(ButtonType button, Messages m) {
        String key = button == ButtonType.OK ? "dialog.ok"
                : button == ButtonType.CANCEL ? "dialog.cancel"
                : button == ButtonType.CLOSE ? "dialog.close"
                : button == ButtonType.YES ? "dialog.yes"
                : button == ButtonType.NO ? "dialog.no"
                : button == ButtonType.APPLY ? "dialog.apply"
                : null;
        return key == null ? button : new ButtonType(m.get(key), button.getButtonData());
    }
}

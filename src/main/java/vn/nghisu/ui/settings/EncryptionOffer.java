package vn.nghisu.ui.settings;

import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import vn.nghisu.service.Settings;
import vn.nghisu.ui.Messages;

/** The first-start offer to protect a new database with a password; "later" is remembered in the settings. */
public final class EncryptionOffer {
    public static final String SETTING = "safety.encryptionOffer";

    private EncryptionOffer() {
    }

    public static boolean wanted(Settings settings) {
        return !"later".equals(settings.get(SETTING, ""));
    }

    /**
     * Shows the offer, then the new-password dialog with its forgotten-password warning. Empty when the user
     * puts it off (then the offer is not repeated; Cài đặt › Sao lưu và bảo mật still offers it).
     */
    public static Optional<char[]> ask(Messages m, Settings settings) {
        ButtonType protect = new ButtonType(m.get("safety.offer.protect"), ButtonData.OK_DONE);
        ButtonType later = new ButtonType(m.get("safety.offer.later"), ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(m.get("safety.offer.title"));
        Label text = new Label(m.get("safety.offer.text"));
        text.setId("encrypt-offer-text");
        text.setWrapText(true);
        text.setMaxWidth(440);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(protect, later);
        dialog.getDialogPane().lookupButton(protect).setId("encrypt-offer-protect");
        dialog.getDialogPane().lookupButton(later).setId("encrypt-offer-later");
        Optional<char[]> password = dialog.showAndWait().filter(protect::equals).flatMap(b -> PasswordDialogs.askNew(m));
        if (password.isEmpty()) {
            settings.put(SETTING, "later");
        }
        return password;
    }
}

package vn.nghisu.ui.settings;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.nghisu.service.Services;
import vn.nghisu.ui.DialogButtons;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;

/**
 * Cài đặt › Sao lưu và bảo mật: back up now, restore, encrypt or change the password. Restore and
 * encryption need the database closed, so after them the app closes and the user opens it again.
 */
public final class SafetySection extends VBox {
    private final UiContext ctx;
    private final Messages m;
    private final Label status = new Label();
    private final Label encryption = new Label();
    private final Button encrypt;
    private final Button changePassword;
    private volatile boolean backupFolderExists;

    public SafetySection(UiContext ctx) {
        super(8);
        this.ctx = ctx;
        this.m = ctx.messages();
        Label title = new Label(m.get("safety.title"));
        title.getStyleClass().add("title-4");
        status.setId("safety-status");
        status.setWrapText(true);
        encryption.setId("safety-encryption-state");
        encryption.setWrapText(true);
        Button backup = button("safety-backup-now", "safety.backup.now");
        backup.setOnAction(e -> backupNow());
        Button restore = button("safety-restore", "safety.restore");
        restore.setOnAction(e -> chooseRestore());
        encrypt = button("safety-encrypt", "safety.encrypt");
        encrypt.setOnAction(e -> PasswordDialogs.askNew(m).ifPresent(pw -> runThenExit(
                () -> services().encryption().encrypt(services().db(), pw), "safety.encrypt.running", "safety.encrypt.done")));
        changePassword = button("safety-change-password", "safety.password.change");
        changePassword.setOnAction(e -> PasswordDialogs.askChange(m).ifPresent(c -> runThenExit(
                () -> services().encryption().changePassword(services().db(), c.current(), c.next()),
                "safety.encrypt.running", "safety.password.changed")));
        Label auto = new Label(m.get("safety.backup.auto"));
        auto.setWrapText(true);
        getChildren().addAll(title, auto, new HBox(8, backup, restore), status, new Label(m.get("safety.encryption")),
                encryption, new HBox(8, encrypt, changePassword));
        refresh();
    }

    private Services services() {
        return ctx.services();
    }

    private Button button(String id, String key) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        return b;
    }

    /** Reads the backup list and the encryption state on the worker (both are file system work). */
    private void refresh() {
        encrypt.setDisable(true);
        changePassword.setDisable(true);
        ctx.tasks().run(() -> new State(services().backups().list(), services().encryption().isEncrypted(),
                services().backups().folder().toFile().isDirectory()), state -> {
            backupFolderExists = state.folderExists();
            status.setText(state.backups().isEmpty() ? m.get("safety.backup.none")
                    : m.get("safety.backup.last") + ": " + state.backups().get(0).getFileName());
            encryption.setText(m.get(state.encrypted() ? "safety.encryption.on" : "safety.encryption.off"));
            encrypt.setDisable(state.encrypted());
            changePassword.setDisable(!state.encrypted());
        }, err -> ErrorDialog.show(m, err));
    }

    /** What the section shows, read off the FX thread. */
    private record State(List<Path> backups, boolean encrypted, boolean folderExists) {
    }

    private void backupNow() {
        status.setText(m.get("safety.backup.running"));
        ctx.tasks().run(() -> services().backups().backupNow(services().db()),
                file -> {
                    backupFolderExists = true;
                    status.setText(m.format("safety.backup.done", file));
                }, err -> {
                    status.setText("");
                    ErrorDialog.show(m, err);
                });
    }

    private void chooseRestore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("safety.restore.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Nghị Sự (*.zip)", "*.zip"));
        chooser.setInitialDirectory(backupFolderExists ? services().backups().folder().toFile() : null);
        var file = chooser.showOpenDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        Alert confirm = DialogButtons.alert(m, Alert.AlertType.CONFIRMATION,
                m.format("safety.restore.confirm", file.getName()));
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(DialogButtons::isOk).ifPresent(ok -> runThenExit(
                () -> services().backups().restore(services().db(), file.toPath()), "safety.restore.running",
                "safety.restore.done"));
    }

    /** Work that closes the database: on success the user is told, and the app closes to be opened again. */
    private void runThenExit(Runnable work, String workingKey, String doneKey) {
        status.setText(m.get(workingKey));
        setDisable(true);
        ctx.tasks().run(() -> {
            work.run();
            return null;
        }, ok -> {
            Alert done = DialogButtons.alert(m, Alert.AlertType.INFORMATION, m.get(doneKey));
            done.setHeaderText(null);
            done.showAndWait();
            Platform.exit();
        }, err -> {
            setDisable(false);
            status.setText("");
            ErrorDialog.show(m, err);
        });
    }
}

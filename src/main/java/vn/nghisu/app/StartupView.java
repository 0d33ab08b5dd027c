package vn.nghisu.app;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import vn.nghisu.ui.Messages;

/** What the window shows while the database opens, and the reason in plain words if it cannot. */
final class StartupView extends VBox {
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label message = new Label();
    private final Label detail = new Label();
    private final Button close = new Button();

    StartupView(Messages messages, Path dataDir) {
        getStyleClass().add("startup");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        progress.setId("startup-progress");
        message.setId("startup-message");
        message.getStyleClass().add("startup-message");
        message.setWrapText(true);
        message.setText(messages.get("startup.opening"));
        detail.setId("startup-detail");
        detail.getStyleClass().add("startup-detail");
        detail.setWrapText(true);
        detail.setText(messages.format("startup.dataFolder", String.valueOf(dataDir)));
        close.setId("startup-close");
        close.setText(messages.get("startup.close"));
        close.setAccessibleText(messages.get("startup.close"));
        close.setVisible(false);
        close.setManaged(false);
        getChildren().addAll(progress, message, detail, close);
    }

    /** Keeps the progress turning under a new sentence, for long work before the shell (encrypting a new database). */
    void showWorking(String sentence) {
        message.setText(sentence);
    }

    /** Replaces the progress with the sentence a secretary reads, the technical reason below it, and a way out. */
    void showError(String sentence, String technical, Runnable onClose) {
        getChildren().remove(progress);
        message.setText(sentence);
        message.getStyleClass().add("startup-error");
        detail.setText(technical);
        close.setOnAction(e -> onClose.run());
        close.setVisible(true);
        close.setManaged(true);
        close.requestFocus();
    }
}

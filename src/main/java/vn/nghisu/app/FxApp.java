package vn.nghisu.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.MainWindow;
import vn.nghisu.ui.UiContext;
import vn.nghisu.ui.settings.PasswordDialogs;

/** The JavaFX application: asks for the password of an encrypted database, then shows the main window. */
public final class FxApp extends Application {
    /** Handed over by {@link DesktopLauncher} before launch; JavaFX constructs this class itself. */
    static volatile Startup startup;

    /** The session, its context once open, or the sentence explaining why the database could not open. */
    record Startup(Session session, UiContext context, String error) {
    }

    @Override
    public void start(Stage stage) {
        if (startup.error() != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startup.error());
            alert.setTitle("Nghị Sự");
            alert.setHeaderText(null);
            alert.showAndWait();
            return;
        }
        if (startup.context() != null) {
            showMain(stage, startup.context());
        } else {
            // No window is shown while the password is asked for; without this, closing the dialog ends JavaFX.
            Platform.setImplicitExit(false);
            askPassword(stage, null);
        }
    }

    private void askPassword(Stage stage, String problem) {
        Session session = startup.session();
        PasswordDialogs.askToOpen(session.messages(), problem).ifPresentOrElse(password -> session.tasks().run(
                () -> session.open(password),
                ctx -> {
                    Platform.setImplicitExit(true);
                    showMain(stage, ctx);
                },
                err -> askPassword(stage, ErrorDialog.sentence(session.messages(), err))), Platform::exit);
    }

    private static void showMain(Stage stage, UiContext ctx) {
        stage.setTitle(ctx.messages().get("app.title"));
        stage.setScene(MainWindow.createScene(ctx));
        ctx.settings().window().ifPresent(g -> {
            stage.setX(g[0]);
            stage.setY(g[1]);
            stage.setWidth(g[2]);
            stage.setHeight(g[3]);
        });
        stage.setOnCloseRequest(e -> ctx.settings().setWindow(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight()));
        stage.show();
    }
}

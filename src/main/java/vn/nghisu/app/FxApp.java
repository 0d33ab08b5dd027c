package vn.nghisu.app;

import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import vn.nghisu.ui.MainWindow;
import vn.nghisu.ui.UiContext;

/** The JavaFX application: shows the main window, or the reason it cannot open. */
public final class FxApp extends Application {
    /** Handed over by {@link DesktopLauncher} before launch; JavaFX constructs this class itself. */
    static volatile Startup startup;

    /** Either a wired context or the sentence explaining why the database could not open. */
    record Startup(UiContext context, String error) {
    }

    @Override
    public void start(Stage stage) {
        if (startup.context() == null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startup.error());
            alert.setTitle("Nghị Sự");
            alert.setHeaderText(null);
            alert.showAndWait();
            return;
        }
        UiContext ctx = startup.context();
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

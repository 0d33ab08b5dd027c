package vn.nghisu.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: hands its primary stage to {@link DesktopWindow}. */
public final class FxApp extends Application {
    /** Handed over by {@link DesktopLauncher} before launch; JavaFX constructs this class itself. */
    static volatile DesktopWindow.Startup startup;

    @Override
    public void start(Stage stage) {
        new DesktopWindow(startup, stage).show();
    }
}

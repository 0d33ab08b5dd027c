package vn.nghisu.app;

import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;

/** The last resort: any uncaught exception goes to the log file and, once the window is up, to an error dialog. */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private final Consumer<Throwable> show;

    UncaughtErrors(Consumer<Throwable> show) {
        this.show = show;
    }

    public static void install(Messages messages) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(error -> {
            try {
                Platform.runLater(() -> ErrorDialog.show(messages, error));
            } catch (IllegalStateException toolkitNotRunning) {
                // before the window is up the log file is the only place it can go
            }
        }));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        // looked up here, not in a static field: installing the handler must not wait for logback's start-up
        LoggerFactory.getLogger(UncaughtErrors.class).error("Uncaught exception in thread {}", thread.getName(), error);
        show.accept(error);
    }
}

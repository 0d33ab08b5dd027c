package vn.nghisu.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;

/** The last resort: any uncaught exception goes to the log file and, once the window is up, to an error dialog. */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);
    private final Messages messages;
    private final AtomicBoolean showing = new AtomicBoolean();

    private UncaughtErrors(Messages messages) {
        this.messages = messages;
    }

    public static void install(Messages messages) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(messages));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), error);
        // one dialog at a time: a failure repeated on every frame must not bury the window in dialogs
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            Platform.runLater(() -> {
                try {
                    ErrorDialog.show(messages, error);
                } finally {
                    showing.set(false);
                }
            });
        } catch (IllegalStateException toolkitNotRunning) {
            showing.set(false);
        }
    }
}

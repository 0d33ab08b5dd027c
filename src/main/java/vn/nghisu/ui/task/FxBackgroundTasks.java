package vn.nghisu.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker thread for all database work, so writes keep the order the user made them in;
 * results are handed to the JavaFX thread with Platform.runLater.
 */
public final class FxBackgroundTasks implements BackgroundTasks {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundTasks.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nghisu-db");
        t.setDaemon(true);
        return t;
    });

    /**
     * Work handed in after {@link #shutdown} (a pause timer of a window already closed) is dropped with a warning:
     * the app shuts the worker down only once the JavaFX toolkit has ended, so nothing could show its result.
     */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            submit(work, onSuccess, onFailure);
        } catch (RejectedExecutionException e) {
            LOG.warn("Background work handed in after shut-down, dropped: {}", work);
        }
    }

    private <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.warn("Background task failed", e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void shutdown() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

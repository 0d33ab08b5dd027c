package vn.nghisu.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs database and file work off the JavaFX thread; callbacks come back on the JavaFX thread. */
public interface BackgroundTasks {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops taking work and waits briefly for what is queued (pending saves) to finish. */
    void shutdown();
}

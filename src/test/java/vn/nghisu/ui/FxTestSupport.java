package vn.nghisu.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.nghisu.service.Services;
import vn.nghisu.service.Settings;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.ui.task.FxBackgroundTasks;

/** Starts the real main window headless on a fresh database, with the FX-thread query guard on. */
public final class FxTestSupport implements AutoCloseable {
    public final Database db;
    public final UiContext ctx;
    public final Stage stage;
    public final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();

    public FxTestSupport(Path dir) throws Exception {
        db = Database.open(DatabaseConfig.embedded(dir).withGuard(Platform::isFxApplicationThread));
        ctx = new UiContext(new Messages(Locale.forLanguageTag("vi-VN")), tasks, Settings.load(dir), dir,
                Services.over(db));
        stage = FxToolkit.registerPrimaryStage();
        // a window a previous test's late callback opened (a dialog) would take this test's keystrokes
        FxToolkit.cleanupStages();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        FxToolkit.setupStage(s -> {
            s.setScene(MainWindow.createScene(ctx));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until the condition holds, then until the FX thread has finished what it was doing: the condition is read
     * on the test thread, so it can see a node the FX thread has just added while the same runnable is still filling
     * it in (the shell's status label before the opened package file is named in it).
     * <p>
     * A condition that throws has not come true yet: a lookup before the node is in the scene, or a list read while
     * the FX thread replaces its rows (TestFX itself would end the wait at the first throw). It still fails the test
     * when it never holds, with its last exception attached.
     */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        AtomicReference<RuntimeException> last = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException e) {
                    last.set(e);
                    return false;
                }
            });
        } catch (TimeoutException e) {
            if (last.get() != null) {
                e.initCause(last.get());
            }
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until the node the query finds is showing and laid out: a node just added or made visible in a showing
     * window keeps a zero size at its parent's corner until the next pulse lays it out, so a click sent before that
     * lands beside it. Read on the JavaFX thread, between pulses.
     */
    public static void waitUntilLaidOut(String query) throws Exception {
        FxRobot robot = new FxRobot();
        waitUntil(() -> {
            try {
                return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().map(FxTestSupport::laidOut)
                        .orElse(false)).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static boolean laidOut(Node node) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing() || scene.getRoot().isNeedsLayout()
                || node.getLayoutBounds().isEmpty()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Fails the test if anything was thrown on another thread meanwhile, the first one's trace printed. */
    public void assertNothingUncaught() {
        uncaught.stream().findFirst().ifPresent(Throwable::printStackTrace);
        if (!uncaught.isEmpty()) {
            throw new AssertionError("uncaught: " + uncaught);
        }
    }

    /**
     * Lets the worker finish first and its callbacks run, then closes every window: closed the other way round, a
     * callback of queued work (an autosave's conflict dialog) could open a window into the next test.
     */
    @Override
    public void close() throws Exception {
        tasks.shutdown();
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        db.close();
        Thread.setDefaultUncaughtExceptionHandler(null);
    }
}

package vn.nghisu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import vn.nghisu.service.Services;
import vn.nghisu.service.Settings;
import vn.nghisu.store.StoreException;
import vn.nghisu.ui.FxTestSupport;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.task.FxBackgroundTasks;

class DesktopWindowTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final FxBackgroundTasks tasks = new FxBackgroundTasks();
    Session store;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        tasks.shutdown();
        if (store != null) {
            store.close();
        }
    }

    private void start(Callable<Services> openStore, Path packageFile) throws Exception {
        DesktopWindow.Startup startup = new DesktopWindow.Startup(new Messages(Locale.forLanguageTag("vi-VN")),
                Settings.load(dir), tasks, dir, unencrypted(openStore), Optional.ofNullable(packageFile),
                PackageFileHandler.noteInStatus());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new DesktopWindow(startup, stage).show());
    }

    private static StoreOpener unencrypted(Callable<Services> open) {
        return new StoreOpener() {
            @Override
            public boolean needsPassword() {
                return false;
            }

            @Override
            public Services open(char[] password) throws Exception {
                return open.call();
            }
        };
    }

    private Callable<Services> realStore() {
        store = new Session(dir);
        return () -> store.open(null);
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void windowShowsTheOpeningStateBeforeTheDatabaseIsOpenThenTheShell() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Callable<Services> open = realStore();
        start(() -> {
            release.await(15, TimeUnit.SECONDS);
            return open.call();
        }, null);
        FxTestSupport.waitUntil(() -> robot.lookup("#startup-message").tryQuery().isPresent());
        assertEquals("Đang mở cơ sở dữ liệu…", text("startup-message"));
        assertTrue(robot.lookup("#nav-meetings").tryQuery().isEmpty(), "no shell before the database is open");
        release.countDown();
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-meetings").tryQuery().isPresent());
        robot.clickOn("#nav-meetings"); // the overview is the first screen
        FxTestSupport.waitUntil(() -> robot.lookup("#sample-banner").tryQuery().isPresent());
    }

    @Test
    void databaseInUseIsExplainedInTheWindow() throws Exception {
        start(() -> {
            throw new StoreException("error.db.inUse", "Database may be already in use", null);
        }, null);
        FxTestSupport.waitUntil(() -> robot.lookup("#startup-close").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertEquals("Cơ sở dữ liệu này đang được mở trong một cửa sổ Nghị Sự khác. Hãy dùng cửa sổ đó, hoặc đóng nó "
                + "rồi mở lại.", text("startup-message"));
        assertEquals("Database may be already in use", text("startup-detail"));
        assertTrue(robot.lookup("#nav-meetings").tryQuery().isEmpty());
    }

    @Test
    void packageFileTheAppWasStartedWithIsNamedInTheStatusBar() throws Exception {
        start(realStore(), dir.resolve("hop-lam-binh.nghisu"));
        FxTestSupport.waitUntil(() -> robot.lookup("#status-label").tryQuery().isPresent());
        assertEquals("Tệp được mở cùng ứng dụng: hop-lam-binh.nghisu", text("status-label"));
    }
}

package vn.nghisu.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.service.Services;
import vn.nghisu.service.Settings;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.store.FileEncryption;
import vn.nghisu.store.StoreException;
import vn.nghisu.ui.FxTestSupport;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.settings.EncryptionOffer;
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
        Settings settings = Settings.load(dir);
        settings.put(EncryptionOffer.SETTING, "later");
        start(settings, unencrypted(openStore), packageFile);
    }

    /** The window shows later on the FX thread, as a dialog (password, encryption offer) may wait in it. */
    private void start(Settings settings, StoreOpener opener, Path packageFile) throws Exception {
        DesktopWindow.Startup startup = new DesktopWindow.Startup(new Messages(Locale.forLanguageTag("vi-VN")),
                settings, tasks, dir, opener, Optional.ofNullable(packageFile), PackageFileHandler.noteInStatus());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> Platform.runLater(() -> new DesktopWindow(startup, stage).show()));
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

    /** Starts the window on the real store, whose opening waits until the test counts the latch down. */
    private CountDownLatch startOpeningWhenReleased() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Callable<Services> open = realStore();
        start(() -> {
            release.await(15, TimeUnit.SECONDS);
            return open.call();
        }, null);
        return release;
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void windowShowsTheOpeningStateBeforeTheDatabaseIsOpenThenTheShell() throws Exception {
        CountDownLatch release = startOpeningWhenReleased();
        FxTestSupport.waitUntil(() -> robot.lookup("#startup-message").tryQuery().isPresent());
        assertEquals("Đang mở cơ sở dữ liệu…", text("startup-message"));
        assertTrue(robot.lookup("#nav-meetings").tryQuery().isEmpty(), "no shell before the database is open");
        release.countDown();
        FxTestSupport.waitUntilLaidOut("#nav-meetings"); // the shell's scene was just set: laid out at the next pulse
        robot.clickOn("#nav-meetings"); // the overview is the first screen
        FxTestSupport.waitUntil(() -> robot.lookup("#sample-banner").tryQuery().isPresent());
    }

    @Test
    void newDatabaseIsOfferedEncryptionAndLaterIsRemembered() throws Exception {
        store = new Session(dir);
        Settings settings = Settings.load(dir);
        start(settings, store, null);
        FxTestSupport.waitUntil(() -> robot.lookup("#encrypt-offer-later").tryQuery().isPresent());
        assertTrue(text("encrypt-offer-text").contains("mã hóa dữ liệu bằng mật khẩu"));
        robot.clickOn("#encrypt-offer-later");
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-meetings").tryQuery().isPresent());
        assertEquals("later", settings.get(EncryptionOffer.SETTING, ""));
        assertFalse(FileEncryption.isEncrypted(dir));
    }

    @Test
    void acceptingTheOfferEncryptsTheNewDatabaseThenOpensTheShell() throws Exception {
        store = new Session(dir);
        start(Settings.load(dir), store, null);
        FxTestSupport.waitUntil(() -> robot.lookup("#encrypt-offer-protect").tryQuery().isPresent());
        robot.clickOn("#encrypt-offer-protect");
        FxTestSupport.waitUntil(() -> robot.lookup("#password-understood").tryQuery().isPresent());
        robot.clickOn("#password-understood");
        robot.clickOn("#password-new").write("Tổ công tác 2025");
        robot.clickOn("#password-repeat").write("Tổ công tác 2025").type(KeyCode.ENTER);
        // two key derivations and a re-encryption: slow on purpose, so more than waitUntil's 15 s on a loaded machine
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#nav-meetings").tryQuery().isPresent());
        assertTrue(FileEncryption.isEncrypted(dir));
        assertFalse(store.createdNew(), "reopened with the password, so the offer is not repeated");
    }

    @Test
    void wrongPasswordIsExplainedAndWritesNothing() throws Exception {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            db.repositories().units().save(new Unit(null, "Ban Tổ chức Tỉnh ủy", null, null, UnitLevel.TINH, null));
        }
        FileEncryption.encrypt(dir, "mật khẩu đúng 2025".toCharArray());
        Path file = DatabaseConfig.embedded(dir).databaseFile();
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        store = new Session(dir);
        start(Settings.load(dir), store, null);
        FxTestSupport.waitUntil(() -> robot.lookup("#password-open").tryQuery().isPresent());
        robot.clickOn("#password-open").write("mật khẩu sai").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#password-open-error").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertEquals("Mật khẩu không đúng. Dữ liệu không thay đổi.", text("password-open-error"));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertTrue(robot.lookup("#nav-meetings").tryQuery().isEmpty());
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
    void aLaterStartOnTheSameDataHandsItsPackageToTheOpenWindow() throws Exception {
        start(realStore(), null);
        FxTestSupport.waitUntil(() -> robot.lookup("#nav-meetings").tryQuery().isPresent()
                && Files.exists(dir.resolve(RunningInstance.FILE)));
        assertTrue(RunningInstance.handOver(dir, Optional.of(dir.resolve("hop-thuong-lam.nghisu"))));
        FxTestSupport.waitUntil(() -> text("status-label").endsWith("hop-thuong-lam.nghisu"));
        assertEquals("Tệp được mở cùng ứng dụng: hop-thuong-lam.nghisu", text("status-label"));
        FxToolkit.cleanupStages();
        FxTestSupport.waitUntil(() -> !Files.exists(dir.resolve(RunningInstance.FILE)));
        assertFalse(RunningInstance.handOver(dir, Optional.empty()), "the closed window takes no more starts");
    }

    @Test
    void aPackageHandedOverWhileTheDatabaseOpensIsOpenedOnceTheShellIsIn() throws Exception {
        CountDownLatch release = startOpeningWhenReleased();
        FxTestSupport.waitUntil(() -> Files.exists(dir.resolve(RunningInstance.FILE)));
        assertTrue(robot.lookup("#nav-meetings").tryQuery().isEmpty(), "still opening");
        assertTrue(RunningInstance.handOver(dir, Optional.of(dir.resolve("hop-thuong-lam.nghisu"))));
        release.countDown();
        FxTestSupport.waitUntil(() -> robot.lookup("#status-label").tryQuery().isPresent());
        assertEquals("Tệp được mở cùng ứng dụng: hop-thuong-lam.nghisu", text("status-label"));
    }

    @Test
    void packageFileTheAppWasStartedWithIsNamedInTheStatusBar() throws Exception {
        start(realStore(), dir.resolve("hop-lam-binh.nghisu"));
        FxTestSupport.waitUntil(() -> robot.lookup("#status-label").tryQuery().isPresent());
        assertEquals("Tệp được mở cùng ứng dụng: hop-lam-binh.nghisu", text("status-label"));
    }
}

package vn.nghisu.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.nghisu.ui.FxTestSupport;

class SafetySectionTest {
    @TempDir
    Path dir;
    FxTestSupport app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = new FxTestSupport(dir);
        robot.clickOn("#nav-settings");
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void backUpNowWritesABackupOffTheFxThreadAndSaysWhere() throws Exception {
        FxTestSupport.waitUntil(() -> text("safety-status").equals("Chưa có bản sao lưu nào"));
        FxTestSupport.waitUntilLaidOut("#safety-backup-now");
        robot.clickOn("#safety-backup-now");
        FxTestSupport.waitUntil(() -> text("safety-status").startsWith("Đã sao lưu vào"));
        assertEquals(1, app.ctx.services().backups().list().size());
        assertTrue(text("safety-status").contains(app.ctx.services().backups().list().get(0).getFileName().toString()));
        assertTrue(app.uncaught.isEmpty(), app.uncaught::toString);
    }

    @Test
    void anUnencryptedDatabaseOffersEncryptionButNoPasswordChange() throws Exception {
        FxTestSupport.waitUntil(() -> text("safety-encryption-state").startsWith("Dữ liệu chưa được mã hóa"));
        assertTrue(!robot.lookup("#safety-encrypt").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#safety-change-password").queryAs(Button.class).isDisabled());
    }
}

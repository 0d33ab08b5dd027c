package vn.nghisu.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import vn.nghisu.ui.FxTestSupport;
import vn.nghisu.ui.Messages;

/** The new-password dialog refuses a short or mistyped password with a message, and gives the password once valid. */
class PasswordDialogsTest {
    final FxRobot robot = new FxRobot();
    final Messages m = new Messages(Locale.forLanguageTag("vi-VN"));
    final AtomicReference<Optional<char[]>> result = new AtomicReference<>();

    @BeforeEach
    void showDialog() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.runLater(() -> result.set(PasswordDialogs.askNew(m)));
        FxTestSupport.waitUntil(() -> robot.lookup("#password-new").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void type(String next, String repeat, boolean understood) {
        if (understood) {
            robot.clickOn("#password-understood");
        }
        robot.clickOn("#password-new").write(next);
        robot.clickOn("#password-repeat").write(repeat).type(KeyCode.ENTER);
    }

    private String error() {
        return robot.lookup("#password-new-error").queryAs(Label.class).getText();
    }

    @Test
    void tooShortPasswordIsRefusedWithTheLengthMessage() throws Exception {
        type("ngắn", "ngắn", true);
        FxTestSupport.waitUntil(() -> !error().isEmpty());
        assertEquals("Mật khẩu cần ít nhất 8 ký tự.", error());
        assertEquals(null, result.get(), "the dialog stays open");
    }

    @Test
    void mistypedRepeatIsRefusedWithTheMismatchMessage() throws Exception {
        type("Tổ công tác 2025", "Tổ công tác 2026", true);
        FxTestSupport.waitUntil(() -> !error().isEmpty());
        assertEquals("Hai lần nhập mật khẩu mới không giống nhau.", error());
        assertEquals(null, result.get());
    }

    @Test
    void warningMustBeAcknowledgedBeforeEncrypting() throws Exception {
        type("Tổ công tác 2025", "Tổ công tác 2025", false);
        FxTestSupport.waitUntil(() -> !error().isEmpty());
        assertEquals("Tôi hiểu: quên mật khẩu là mất dữ liệu", error());
        assertEquals(null, result.get());
    }

    @Test
    void matchingLongPasswordWithTheWarningTickedIsReturned() throws Exception {
        type("Tổ công tác 2025", "Tổ công tác 2025", true);
        FxTestSupport.waitUntil(() -> result.get() != null);
        assertTrue(result.get().isPresent());
        assertEquals("Tổ công tác 2025", new String(result.get().get()));
    }
}

package vn.nghisu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The dialogs the app builds say "Đồng ý / Hủy" (or the English "OK / Cancel"), with Enter and Esc roles kept. */
class DialogButtonsTest {
    static final Messages VI = new Messages(Locale.forLanguageTag("vi-VN"));
    static final Messages EN = new Messages(Locale.ENGLISH);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void confirmationAlertReadsVietnameseAndKeepsRoles() throws Exception {
        List<ButtonType> buttons = onFx(() -> DialogButtons.alert(VI, Alert.AlertType.CONFIRMATION, "?"));
        assertEquals(List.of("Đồng ý", "Hủy"), buttons.stream().map(ButtonType::getText).toList());
        assertEquals(List.of(ButtonData.OK_DONE, ButtonData.CANCEL_CLOSE),
                buttons.stream().map(ButtonType::getButtonData).toList());
        assertTrue(DialogButtons.isOk(buttons.get(0)));
        assertTrue(!DialogButtons.isOk(buttons.get(1)) && !DialogButtons.isOk(null));
    }

    @Test
    void everyReadyMadeDialogIsTranslated() throws Exception {
        assertEquals(List.of("Đồng ý"), texts(onFx(() -> DialogButtons.alert(VI, Alert.AlertType.ERROR, "x"))));
        assertEquals(List.of("Đồng ý", "Hủy"), texts(onFx(() -> DialogButtons.choice(VI, "a", List.of("a", "b")))));
        assertEquals(List.of("Đồng ý", "Hủy"), texts(onFx(() -> DialogButtons.textInput(VI))));
        assertEquals(List.of("OK", "Cancel"), texts(onFx(() -> DialogButtons.textInput(EN))));
    }

    @Test
    void theChoiceDialogStillAnswersWithTheChoiceOnOk() throws Exception {
        var dialog = WaitForAsyncUtils.asyncFx(() -> DialogButtons.choice(VI, "b", List.of("a", "b"))).get();
        ButtonType ok = dialog.getDialogPane().getButtonTypes().get(0);
        assertEquals("b", dialog.getResultConverter().call(ok));
    }

    private static List<String> texts(List<ButtonType> buttons) {
        return buttons.stream().map(ButtonType::getText).toList();
    }

    private static List<ButtonType> onFx(java.util.concurrent.Callable<? extends Dialog<?>> make) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(make.call().getDialogPane().getButtonTypes())).get();
    }
}

package vn.nghisu.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import vn.nghisu.ui.FxTestSupport;

/** Tab leaves a multi-line field for the next one, Shift+Tab goes back; no tab character lands in the text. */
class TabTraversalTest {
    final FxRobot robot = new FxRobot();
    TextField before;
    TextArea summary;
    TextField after;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            before = new TextField();
            summary = new TextArea();
            after = new TextField();
            Scene scene = new Scene(new VBox(before, summary, after), 400, 300);
            TabTraversal.install(scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void tabMovesOnFromATextAreaWithoutTypingIntoIt() throws Exception {
        robot.interact(summary::requestFocus);
        FxTestSupport.waitUntil(summary::isFocused);
        robot.write("Ý kiến");
        robot.push(KeyCode.TAB);
        FxTestSupport.waitUntil(after::isFocused);
        assertEquals("Ý kiến", summary.getText());
        robot.interact(summary::requestFocus);
        FxTestSupport.waitUntil(summary::isFocused);
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        FxTestSupport.waitUntil(before::isFocused);
        assertSame(before, before.getScene().getFocusOwner());
        assertEquals("Ý kiến", summary.getText());
    }
}

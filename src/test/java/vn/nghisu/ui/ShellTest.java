package vn.nghisu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ShellTest {
    @TempDir
    Path dir;
    FxTestSupport app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = new FxTestSupport(dir);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    private int rows(String tableId) {
        return robot.lookup("#" + tableId).queryAs(TableView.class).getItems().size();
    }

    @Test
    void shellShowsEverySectionInVietnamese() throws Exception {
        assertEquals("Cuộc họp", robot.lookup("#nav-meetings").queryLabeled().getText());
        assertEquals("Khó khăn - vướng mắc", robot.lookup("#nav-issues").queryLabeled().getText());
        for (String section : MainWindow.SECTIONS) {
            robot.clickOn("#nav-" + section);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(robot.lookup("#settings-language").tryQuery().isPresent());
        assertEquals(dir.toString(), ((Label) node("settings-data-folder")).getText());
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }

    @Test
    void emptyDatabaseOffersTheSampleMeetingAndLoadsIt() throws Exception {
        robot.clickOn("#nav-meetings");
        FxTestSupport.waitUntil(() -> node("sample-banner").isVisible());
        FxTestSupport.waitUntilLaidOut("#load-sample");
        robot.clickOn("#load-sample");
        FxTestSupport.waitUntil(() -> rows("meetings-table") == 1);
        assertTrue(!node("sample-banner").isVisible());
        robot.clickOn("#nav-actions");
        FxTestSupport.waitUntil(() -> rows("actions-table") == 4);
        robot.clickOn("#nav-issues");
        FxTestSupport.waitUntil(() -> rows("issues-table") == 4);
        robot.clickOn("#nav-directory");
        FxTestSupport.waitUntil(() -> rows("units-table") == 8 && rows("persons-table") == 10);
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }

    @Test
    void keyboardShortcutsSwitchSections() throws Exception {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT4)
                .release(javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#units-table").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-directory").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }
}

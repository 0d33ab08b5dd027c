package vn.nghisu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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

    /** Ctrl+0 is the overview at the top of the sidebar, Ctrl+1… the sections below it, in the sidebar's order. */
    @Test
    void keyboardShortcutsFollowTheSidebarsOrder() throws Exception {
        List<String> sidebar = ((javafx.scene.layout.Pane) node("nav-dashboard").getParent()).getChildren().stream()
                .filter(n -> n instanceof ToggleButton).map(Node::getId).toList();
        for (int i = 0; i < sidebar.size(); i++) {
            KeyCode digit = KeyCode.getKeyCode(String.valueOf(i));
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            String id = sidebar.get(i);
            FxTestSupport.waitUntil(() -> robot.lookup("#" + id).queryAs(ToggleButton.class).isSelected());
        }
        assertEquals(7, sidebar.size());
    }

    /** Ctrl+N makes a meeting from the meetings list only, never unseen from another section. */
    @Test
    void ctrlNOutsideTheMeetingsListMakesNoMeeting() throws Exception {
        robot.clickOn("#nav-meetings");
        FxTestSupport.waitUntil(() -> robot.lookup("#meetings-table").tryQuery().isPresent());
        robot.clickOn("#nav-actions");
        FxTestSupport.waitUntil(() -> robot.lookup("#actions-table").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        java.util.concurrent.CountDownLatch drained = new java.util.concurrent.CountDownLatch(1);
        app.ctx.tasks().run(() -> null, x -> drained.countDown(), e -> drained.countDown());
        assertTrue(drained.await(15, java.util.concurrent.TimeUnit.SECONDS), "the worker did what was queued");
        assertTrue(app.ctx.services().meetings().isEmpty(), "no meeting made");
        robot.clickOn("#nav-meetings");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#meeting-editor").tryQuery().isPresent());
    }
}

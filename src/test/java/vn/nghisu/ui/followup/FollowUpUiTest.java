package vn.nghisu.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.domain.IssueStatus;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.store.Repositories;
import vn.nghisu.ui.FxTestSupport;

class FollowUpUiTest {
    @TempDir
    Path dir;
    FxTestSupport app;
    final FxRobot robot = new FxRobot();
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void start() throws Exception {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            Repositories r = db.repositories();
            Unit host = new Unit(null, "Huyện ủy Lâm Bình", null, null, UnitLevel.HUYEN, null);
            r.units().save(host);
            Meeting m = new Meeting(null, "Làm việc với Huyện ủy Lâm Bình", null, today.minusMonths(2), null, null,
                    null, host.id(), null, null, null, null, null);
            r.meetings().save(m);
            item(r, m, host, "Rà soát đề án vị trí việc làm", today.minusDays(10), ActionStatus.NOT_STARTED);
            item(r, m, host, "Hoàn thiện quy hoạch cán bộ", today.minusDays(3), ActionStatus.IN_PROGRESS);
            item(r, m, host, "Báo cáo công tác tài chính", today.plusDays(3), ActionStatus.NOT_STARTED);
            item(r, m, host, "Tổng kết năm", today.plusDays(60), ActionStatus.DONE);
            r.issues().save(new Issue(null, m.id(), "Khó khăn về kinh phí hoạt động", null, null, host.id(),
                    IssueStatus.NEW, null, null, null, 1));
            r.issues().save(new Issue(null, m.id(), "Thiếu biên chế cấp xã", null, null, host.id(),
                    IssueStatus.NEW, null, null, null, 2));
        }
        app = new FxTestSupport(dir);
    }

    private static void item(Repositories r, Meeting m, Unit owner, String title, LocalDate deadline, ActionStatus s) {
        r.actions().save(new ActionItem(null, title, m.id(), null, null, owner.id(), null, null, List.of(), deadline,
                s, 0));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<ActionItemRow> actions() {
        return robot.lookup("#actions-table").queryAs(TableView.class);
    }

    private boolean selected(String section) {
        return robot.lookup("#nav-" + section).queryAs(ToggleButton.class).isSelected();
    }

    @Test
    void dashboardIsTheFirstScreenAndItsFiguresClickThrough() throws Exception {
        assertTrue(selected("dashboard"));
        FxTestSupport.waitUntil(() -> robot.lookup("#dash-overdue").queryAs(Button.class).getText().startsWith("2\n"));
        assertTrue(robot.lookup("#dash-open").queryAs(Button.class).getText().startsWith("3\n"));
        robot.clickOn("#dash-overdue");
        FxTestSupport.waitUntil(() -> selected("actions") && robot.lookup("#actions-table").tryQuery().isPresent()
                && actions().getItems().size() == 2);
        assertTrue(actions().getItems().stream().allMatch(r -> r.isOverdue(today)));
        assertTrue(robot.lookup("#actions-filter-overdue").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#nav-dashboard");
        robot.clickOn("#dash-soon");
        FxTestSupport.waitUntil(() -> actions().getItems().size() == 1
                && actions().getItems().get(0).title().equals("Báo cáo công tác tài chính"));
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }

    @Test
    void filtersNarrowTheListAndBulkStatusChangeApplies() throws Exception {
        robot.clickOn("#nav-actions");
        FxTestSupport.waitUntil(() -> actions().getItems().size() == 4);
        robot.clickOn("#actions-filter-overdue");
        FxTestSupport.waitUntil(() -> actions().getItems().size() == 2);
        robot.interact(() -> robot.lookup("#actions-filter-status").queryAs(ComboBox.class)
                .setValue(ActionStatus.IN_PROGRESS));
        FxTestSupport.waitUntil(() -> actions().getItems().size() == 1);
        robot.clickOn("#actions-filter-clear");
        FxTestSupport.waitUntil(() -> actions().getItems().size() == 4);
        robot.interact(() -> {
            actions().getSelectionModel().selectAll();
            robot.lookup("#actions-bulk-status").queryAs(ComboBox.class).setValue(ActionStatus.DONE);
        });
        robot.clickOn("#actions-bulk-apply");
        FxTestSupport.waitUntil(() -> actions().getItems().stream().allMatch(r -> r.status() == ActionStatus.DONE));
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }

    @SuppressWarnings("unchecked")
    private TableView<IssueRow> issuesWithTheFirstShown() throws Exception {
        robot.clickOn("#nav-issues");
        FxTestSupport.waitUntil(() -> robot.lookup("#issues-table").tryQuery().isPresent());
        TableView<IssueRow> issues = robot.lookup("#issues-table").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> issues.getItems().size() == 2);
        IssueRow first = issues.getItems().get(0);
        robot.interact(() -> issues.getSelectionModel().select(0));
        FxTestSupport.waitUntil(() -> !robot.lookup("#issue-resolution").queryAs(TextArea.class).isDisabled()
                && first.title().equals(robot.lookup("#issue-title").queryAs(Label.class).getText()));
        return issues;
    }

    /** No Save button to forget: moving to another issue saves the edits of the one left. */
    @Test
    @SuppressWarnings("unchecked")
    void issueEditsAreSavedWhenTheUserMovesToAnotherIssue() throws Exception {
        TableView<IssueRow> issues = issuesWithTheFirstShown();
        IssueRow first = issues.getItems().get(0);
        robot.interact(() -> {
            robot.lookup("#issue-status").queryAs(ComboBox.class).setValue(IssueStatus.RESOLVED);
            robot.lookup("#issue-resolution").queryAs(TextArea.class).setText("Đã bố trí kinh phí bổ sung");
        });
        robot.interact(() -> issues.getSelectionModel().select(1));
        FxTestSupport.waitUntil(() -> app.db.repositories().issues().find(first.id())
                .map(i -> i.status() == IssueStatus.RESOLVED && "Đã bố trí kinh phí bổ sung".equals(i.resolution()))
                .orElse(false));
    }

    /** Edits that break a rule keep their issue on screen with the message, never dropped by moving on. */
    @Test
    @SuppressWarnings("unchecked")
    void anEscalationWithoutABodyKeepsItsIssueSelected() throws Exception {
        TableView<IssueRow> issues = issuesWithTheFirstShown();
        IssueRow first = issues.getItems().get(0);
        robot.interact(() -> robot.lookup("#issue-status").queryAs(ComboBox.class).setValue(IssueStatus.ESCALATED));
        // not robot.interact: it would wait for the message box the selection opens to be closed
        javafx.application.Platform.runLater(() -> issues.getSelectionModel().select(1));
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().filter(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).isPresent());
        robot.push(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> first.equals(issues.getSelectionModel().getSelectedItem()));
        assertEquals(IssueStatus.ESCALATED, robot.lookup("#issue-status").queryAs(ComboBox.class).getValue(),
                "the edit stays on screen");
        assertEquals(IssueStatus.NEW, app.db.repositories().issues().find(first.id()).orElseThrow().status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchByKeyboardOpensTheIssue() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        try {
            FxTestSupport.waitUntil(() -> robot.lookup("#search-field").tryQuery().isPresent());
        } catch (Exception e) {
            throw new AssertionError("no search box; uncaught: " + app.uncaught, e);
        }
        robot.write("kinh phi");
        try {
            FxTestSupport.waitUntil(() -> !robot.lookup("#search-results").queryListView().getItems().isEmpty());
        } catch (Exception e) {
            throw new AssertionError("no results for '" + robot.lookup("#search-field")
                    .queryAs(javafx.scene.control.TextField.class).getText() + "'; uncaught: " + app.uncaught, e);
        }
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> selected("issues") && robot.lookup("#issues-table").tryQuery().isPresent());
        TableView<IssueRow> issues = robot.lookup("#issues-table").queryAs(TableView.class);
        FxTestSupport.waitUntil(() -> issues.getItems().size() == 1
                && issues.getSelectionModel().getSelectedItem() != null);
        assertEquals("Khó khăn về kinh phí hoạt động", issues.getItems().get(0).title());
        assertTrue(robot.lookup("#search-field").tryQuery().isEmpty(), "the search box closed");
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }
}

package vn.nghisu.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.ui.FxTestSupport;

/** The follow-up screens speak Vietnamese on an English machine: dd/MM/yyyy dates, "Đồng ý / Hủy" buttons. */
class FollowUpLanguageTest {
    @TempDir
    Path dir;
    FxTestSupport app;
    Locale before;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US); // a bare DatePicker would show 10/31/2026 here
        app = new FxTestSupport(dir);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        Locale.setDefault(before);
    }

    @Test
    void everyDatePickerOfTheFollowUpScreensShowsAndReadsDayMonthYear() throws Exception {
        Set<String> seen = new TreeSet<>();
        for (String section : List.of("actions", "issues", "plans")) {
            robot.clickOn("#nav-" + section);
            FxTestSupport.waitUntil(() -> !robot.lookup(n -> n instanceof DatePicker && n.isVisible()).queryAll()
                    .isEmpty());
            for (Node node : robot.lookup(n -> n instanceof DatePicker).queryAll()) {
                DatePicker picker = (DatePicker) node;
                robot.interact(() -> picker.setValue(LocalDate.of(2026, 10, 31)));
                assertEquals("31/10/2026", picker.getEditor().getText(), picker.getId());
                robot.interact(() -> picker.getEditor().setText("1/11/2026"));
                assertEquals(LocalDate.of(2026, 11, 1), picker.getValue(), picker.getId());
                seen.add(picker.getId());
            }
        }
        assertTrue(seen.containsAll(Set.of("actions-filter-from", "actions-filter-to", "issue-resolved-on",
                "plan-from", "plan-to", "plan-item-deadline")), () -> "date pickers seen: " + seen);
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }

    @Test
    void theReportDialogShowsVietnameseDatesAndButtons() throws Exception {
        robot.clickOn("#nav-issues");
        FxTestSupport.waitUntil(() -> robot.lookup("#issues-report").tryQuery().isPresent());
        robot.clickOn("#issues-report");
        FxTestSupport.waitUntil(() -> robot.lookup("#report-to").tryQuery().isPresent());
        DatePicker from = robot.lookup("#report-from").queryAs(DatePicker.class);
        assertEquals("01/01/" + LocalDate.now().getYear(), from.getEditor().getText());
        DialogPane pane = (DialogPane) from.getScene().getRoot();
        List<String> buttons = pane.getButtonTypes().stream().map(b -> ((Button) pane.lookupButton(b)).getText())
                .toList();
        assertEquals(List.of("Đồng ý", "Hủy"), buttons);
        robot.clickOn(pane.lookupButton(pane.getButtonTypes().get(1)));
        FxTestSupport.waitUntil(() -> robot.lookup("#report-to").tryQuery().isEmpty());
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }

    @Test
    @SuppressWarnings("unchecked")
    void plansSayInVietnameseWhenEmptyAndKeepTheOwnerOfASavedPlan() throws Exception {
        robot.clickOn("#nav-plans");
        FxTestSupport.waitUntil(() -> robot.lookup("#plan-items").tryQuery().isPresent()
                && !robot.lookup("#plan-owner").queryAs(ComboBox.class).getItems().isEmpty());
        assertEquals("Kế hoạch chưa có nhiệm vụ nào.", placeholder(robot.lookup("#plan-items").query()));
        assertTrue(placeholder(robot.lookup("#plans-list").query()).startsWith("Chưa có kế hoạch nào"));
        ComboBox<Object> owner = robot.lookup("#plan-owner").queryAs(ComboBox.class);
        String chosen = String.valueOf(owner.getItems().get(0)); // a sub-committee the new database starts with
        robot.interact(() -> {
            robot.lookup("#plan-title").queryAs(javafx.scene.control.TextField.class).setText("Kế hoạch quý IV");
            owner.setValue(owner.getItems().get(0));
        });
        robot.clickOn("#plan-new");
        ListView<ActionPlan> plans = robot.lookup("#plans-list").queryAs(ListView.class);
        FxTestSupport.waitUntil(() -> plans.getItems().size() == 1
                && plans.getSelectionModel().getSelectedItem() != null);
        assertEquals(chosen, String.valueOf(owner.getValue()), "the owner stays after saving");
        robot.interact(() -> plans.getSelectionModel().clearSelection());
        assertEquals(null, owner.getValue());
        robot.interact(() -> plans.getSelectionModel().select(0));
        assertEquals(chosen, String.valueOf(owner.getValue()), "the owner shows when selected again");
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }

    @Test
    void theFilterButtonsKeepTheirFullTextOnALaptopWidth() throws Exception {
        // narrower than the audit's 1366 wide laptop: the headless screen is 1280 wide
        double width = app.stage.getWidth();
        double height = app.stage.getHeight();
        robot.interact(() -> app.stage.setWidth(1280));
        try {
            checkButtonsAtThisWidth();
        } finally {
            robot.interact(() -> {
                app.stage.setWidth(width);
                app.stage.setHeight(height);
            });
        }
    }

    private void checkButtonsAtThisWidth() throws Exception {
        robot.clickOn("#nav-issues");
        FxTestSupport.waitUntil(() -> robot.lookup("#issues-filter-clear").tryQuery().isPresent());
        assertFullText(robot.lookup("#issues-filter-clear").query());
        robot.clickOn("#nav-plans");
        FxTestSupport.waitUntil(() -> robot.lookup("#plan-item-existing").tryQuery().isPresent());
        for (String id : List.of("plan-save", "plan-new", "plan-item-add", "plan-item-existing", "plan-export-pdf",
                "plan-export-docx")) {
            assertFullText(robot.lookup("#" + id).query());
        }
    }

    private static void assertFullText(Node node) {
        Button button = (Button) node;
        assertTrue(button.getWidth() >= button.prefWidth(-1) - 0.5,
                () -> button.getId() + " is " + button.getWidth() + " wide, needs " + button.prefWidth(-1));
    }

    private static String placeholder(Node control) {
        Node p = control instanceof TableView<?> t ? t.getPlaceholder() : ((ListView<?>) control).getPlaceholder();
        return p instanceof Label l ? l.getText() : String.valueOf(p);
    }
}

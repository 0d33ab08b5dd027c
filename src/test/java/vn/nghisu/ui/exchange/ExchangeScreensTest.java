package vn.nghisu.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.exchange.ExchangeService;
import vn.nghisu.exchange.ExportRequest;
import vn.nghisu.service.Services;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.ui.DialogButtons;
import vn.nghisu.ui.FxTestSupport;

/** The exchange bar as a user drives it: export of the selected meeting, and import with its preview. */
class ExchangeScreensTest {
    @TempDir
    Path dir;
    FxTestSupport app;
    final FxRobot robot = new FxRobot();
    UUID sample;

    @BeforeEach
    void openMeetings() throws Exception {
        app = new FxTestSupport(dir.resolve("app"));
        sample = app.ctx.services().meetings().loadSample();
        app.ctx.services().editor().create("Họp giao ban tháng 12", LocalDate.of(2026, 12, 1));
        robot.clickOn("#nav-meetings");
        FxTestSupport.waitUntil(() -> table().getItems().size() == 2);
        FxTestSupport.waitUntilLaidOut("#exchange-export");
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void exportsOnlyTheSelectedMeeting() throws Exception {
        Path out = dir.resolve("selected.nghisu");
        useFiles(out, null);
        robot.interact(() -> table().getSelectionModel().select(index(sample)));
        robot.clickOn("#exchange-export");
        FxTestSupport.waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        RadioButton selected = robot.lookup("#export-selected").queryAs(RadioButton.class);
        assertTrue(selected.isSelected(), "a selection makes 'selected meetings' the default");
        assertTrue(selected.getText().contains("(1)"), selected.getText());
        robot.clickOn("#export-run");
        FxTestSupport.waitUntil(() -> robot.lookup("#exchange-info").tryQuery().isPresent());
        assertTrue(status().startsWith("Đã xuất 1 cuộc họp"), status());
        ok("#exchange-info");
        assertEquals(List.of(sample.toString()), new ExchangeService(null).read(out).manifest().meetings());
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }

    @Test
    void changedSinceLastExportNeedsAnOffice() throws Exception {
        robot.clickOn("#exchange-export");
        FxTestSupport.waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        robot.clickOn("#export-changed");
        assertTrue(robot.lookup("#export-run").query().isDisabled(), "no office named yet");
        robot.clickOn("#export-office").write("Văn phòng Tỉnh ủy");
        FxTestSupport.waitUntil(() -> !robot.lookup("#export-run").query().isDisabled());
        robot.clickOn("#export-cancel");
        FxTestSupport.waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isEmpty());
        assertTrue(status().isEmpty(), "nothing exported: " + status());
    }

    @Test
    void importShowsThePreviewThenAddsTheOfficesMeeting() throws Exception {
        Path office = dir.resolve("office.nghisu");
        try (Database other = Database.open(DatabaseConfig.embedded(dir.resolve("other")))) {
            Services.over(other).editor().create("Họp tại văn phòng", LocalDate.of(2026, 12, 5));
            new ExchangeService(other).export(ExportRequest.all(), office, p -> { });
        }
        useFiles(null, office);
        robot.clickOn("#exchange-import");
        FxTestSupport.waitUntil(() -> robot.lookup("#import-preview").tryQuery().isPresent());
        String summary = robot.lookup("#import-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("Nếu nhập: thêm "), summary);
        assertFalse(summary.startsWith("Nếu nhập: thêm 0,"), summary);
        assertFalse(robot.lookup("#import-tables").queryAs(TableView.class).getItems().isEmpty());
        List<String> kinds = tableKinds();
        assertTrue(kinds.contains("Cuộc họp"), kinds::toString);
        assertTrue(kinds.stream().noneMatch(k -> k.contains("_") || k.equals("meeting")), kinds::toString);
        robot.clickOn("#import-apply");
        FxTestSupport.waitUntil(() -> robot.lookup("#exchange-info").tryQuery().isPresent());
        assertTrue(status().startsWith("Đã nhập: thêm "), status());
        ok("#exchange-info");
        FxTestSupport.waitUntil(() -> table().getItems().size() == 3);
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }

    private void useFiles(Path save, Path open) {
        ExchangeBar bar = robot.lookup("#exchange-bar").queryAs(ExchangeBar.class);
        robot.interact(() -> bar.useFiles(new PackageFiles() {
            @Override
            public Path saveAs(Window owner, String initialName) {
                return save;
            }

            @Override
            public Path open(Window owner) {
                return open;
            }
        }));
    }

    /** Clicks OK once the dialog's button is laid out in a showing window (the pane is found a pulse earlier). */
    private void ok(String dialog) throws Exception {
        FxTestSupport.waitUntil(() -> {
            Node button = okButton(dialog);
            return button != null && button.getScene() != null && button.getScene().getWindow() != null
                    && button.getScene().getWindow().isShowing() && button.isVisible();
        });
        robot.clickOn(okButton(dialog));
        FxTestSupport.waitUntil(() -> robot.lookup(dialog).tryQuery().isEmpty());
    }

    private Node okButton(String dialog) {
        return robot.lookup(dialog).tryQuery().map(DialogPane.class::cast).flatMap(pane -> pane.getButtonTypes()
                .stream().filter(DialogButtons::isOk).findFirst().map(pane::lookupButton)).orElse(null);
    }

    /** What the preview's first column shows for each table. */
    private List<String> tableKinds() {
        TableView<?> tables = robot.lookup("#import-tables").queryAs(TableView.class);
        return tables.getItems().stream().map(row -> String.valueOf(tables.getColumns().get(0).getCellData(
                tables.getItems().indexOf(row)))).toList();
    }

    private int index(UUID id) {
        List<MeetingSummary> items = table().getItems();
        return items.indexOf(items.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow());
    }

    private String status() {
        return robot.lookup("#exchange-status").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<MeetingSummary> table() {
        return robot.lookup("#meetings-table").queryAs(TableView.class);
    }
}

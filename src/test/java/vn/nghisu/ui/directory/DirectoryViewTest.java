package vn.nghisu.ui.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.service.DirectoryService;
import vn.nghisu.ui.FxTestSupport;

/** Danh bạ driven through the keyboard on the real window: create, filter, delete with undo, merge duplicates. */
class DirectoryViewTest {
    @TempDir
    Path dir;
    FxTestSupport app;
    DirectoryService directory;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = new FxTestSupport(dir);
        directory = app.ctx.directory();
    }

    @AfterEach
    void stop() throws Exception {
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
        app.close();
    }

    private TableView<?> table(String id) {
        return robot.lookup("#" + id).queryAs(TableView.class);
    }

    private void openDirectory() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        FxTestSupport.waitUntilLaidOut("#units-filter"); // the section was just put in: laid out at the next pulse
        robot.clickOn("#units-filter");
    }

    /** Waits for a form field to have focus, then sends the robot's keys to the form's window. */
    private void formOpensWithFocusOn(String id) throws Exception {
        FxTestSupport.waitUntil(() -> robot.lookup("#" + id).tryQuery().map(n -> n.isFocused()).orElse(false));
        robot.targetWindow(robot.lookup("#" + id).query().getScene().getWindow());
    }

    private void showTab(int index) throws Exception {
        TabPane tabs = robot.lookup("#directory-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
    }

    @Test
    void unitAndPersonAreCreatedFromTheKeyboard() throws Exception {
        openDirectory();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        formOpensWithFocusOn("unit-name");
        robot.write("Ban Tổ chức Huyện ủy Lâm Bình").push(KeyCode.TAB).write("BTC").push(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> table("units-table").getItems().size() == 1);
        Unit unit = directory.units().get(0);
        assertEquals("Ban Tổ chức Huyện ủy Lâm Bình", unit.name());
        assertEquals("BTC", unit.shortName());
        assertEquals(UnitLevel.HUYEN, unit.level());

        showTab(1);
        robot.clickOn("#persons-filter").push(KeyCode.INSERT);
        formOpensWithFocusOn("person-name");
        robot.write("Đặng Thị Ngọc Ánh").push(KeyCode.TAB).write("Trưởng Ban Tổ chức").push(KeyCode.TAB)
                .write("ban to").push(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> table("persons-table").getItems().size() == 1);
        assertEquals(List.of(new Person(directory.persons().get(0).id(), "Đặng Thị Ngọc Ánh", "Trưởng Ban Tổ chức",
                unit.id())), directory.persons());
        assertTrue(robot.lookup("#directory-save-state").queryLabeled().getText().startsWith("Đã lưu lúc"));
    }

    @Test
    void anEmptyNameIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        openDirectory();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        formOpensWithFocusOn("unit-name");
        FxTestSupport.waitUntil(() -> robot.lookup("#form-ok").query().isDisabled());
        robot.write("   ").push(KeyCode.ENTER);
        assertTrue(robot.lookup("#unit-name").tryQuery().isPresent(), "the form stays open");
        assertEquals("Tên không được để trống.", robot.lookup("#form-errors").queryLabeled().getText());
        robot.push(KeyCode.ESCAPE);
        assertTrue(directory.units().isEmpty());
    }

    @Test
    void aParentCycleIsShownNextToTheParentAndTheFormCannotBeSaved() throws Exception {
        Unit top = new Unit(null, "Tỉnh ủy Tuyên Quang", null, null, UnitLevel.TINH, null);
        Unit below = new Unit(null, "Huyện ủy Lâm Bình", null, null, UnitLevel.HUYEN, top.id());
        directory.save(top);
        directory.save(below);
        openDirectory();
        FxTestSupport.waitUntil(() -> table("units-table").getItems().size() == 2);
        robot.write("tinh uy");
        FxTestSupport.waitUntil(() -> table("units-table").getItems().size() == 1);
        robot.push(KeyCode.DOWN).push(KeyCode.F2);
        formOpensWithFocusOn("unit-name");
        robot.push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB).write("huyen");
        FxTestSupport.waitUntil(() -> robot.lookup("#form-ok").query().isDisabled());
        assertEquals("Đơn vị không thể nằm dưới chính nó (trực tiếp hay qua đơn vị con).",
                robot.lookup("#form-errors").queryLabeled().getText());
        robot.push(KeyCode.ESCAPE);
        assertEquals(null, directory.units().stream().filter(u -> u.id().equals(top.id())).findFirst().orElseThrow()
                .parentId());
    }

    @Test
    void filterWithoutAccentsFindsTheVietnameseName() throws Exception {
        for (String name : List.of("Ban Tổ chức Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Đảng ủy xã Thượng Lâm")) {
            directory.save(new Unit(null, name, null, null, UnitLevel.TINH, null));
        }
        openDirectory();
        FxTestSupport.waitUntil(() -> table("units-table").getItems().size() == 3);
        robot.write("to chuc");
        FxTestSupport.waitUntil(() -> table("units-table").getItems().size() == 1);
        assertEquals("Ban Tổ chức Tỉnh ủy", ((Unit) table("units-table").getItems().get(0)).name());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("d");
        FxTestSupport.waitUntil(() -> table("units-table").getItems().size() == 2);
    }

    @Test
    void deleteOffersUndoAndCtrlZRestores() throws Exception {
        app.ctx.meetings().loadSample();
        int persons = directory.persons().size();
        openDirectory();
        showTab(1);
        // the section loads its rows on the worker when shown: Down in an empty list selects nothing
        FxTestSupport.waitUntil(() -> table("persons-table").getItems().size() == persons);
        robot.clickOn("#persons-filter").push(KeyCode.DOWN);
        FxTestSupport.waitUntil(() -> table("persons-table").getSelectionModel().getSelectedIndex() == 0);
        Person first = (Person) table("persons-table").getSelectionModel().getSelectedItem();
        robot.push(KeyCode.DELETE);
        FxTestSupport.waitUntil(() -> table("persons-table").getItems().size() == persons - 1);
        assertFalse(directory.persons().contains(first));
        assertTrue(robot.lookup("#directory-undo").query().isVisible());
        assertTrue(robot.lookup("#directory-notice").queryLabeled().getText().contains(first.fullName()));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        FxTestSupport.waitUntil(() -> table("persons-table").getItems().size() == persons);
        assertTrue(directory.persons().contains(first));
    }

    @Test
    void twoDuplicatePersonsMergeIntoTheChosenSurvivor() throws Exception {
        Unit unit = new Unit(null, "Huyện ủy Lâm Bình", null, null, UnitLevel.HUYEN, null);
        directory.save(unit);
        Person keep = new Person(null, "Chẩu Văn Thiện", "Bí thư Huyện ủy", unit.id());
        Person dup = new Person(null, "Chẩu Văn Thiện", null, null);
        directory.save(keep);
        directory.save(dup);
        directory.save(new Person(null, "Bàn Văn Khánh", null, unit.id()));
        directory.save(new WorkingGroup(null, "Tổ công tác", null, dup.id(), List.of(), List.of(dup.id())));
        openDirectory();
        showTab(1);
        robot.clickOn("#persons-filter").write("chau van thien");
        FxTestSupport.waitUntil(() -> table("persons-table").getItems().size() == 2);
        TableView<?> table = table("persons-table");
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(table.getItems().indexOf(keep));
            table.getSelectionModel().select(table.getItems().indexOf(dup));
        });
        robot.push(KeyCode.DOWN).push(KeyCode.UP);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(table.getItems().indexOf(keep));
            table.getSelectionModel().select(table.getItems().indexOf(dup));
        });
        robot.push(KeyCode.CONTROL, KeyCode.M);
        FxTestSupport.waitUntil(() -> robot.lookup("#merge-survivor").tryQuery().isPresent());
        robot.clickOn("#form-ok");
        FxTestSupport.waitUntil(() -> table("persons-table").getItems().size() == 1);
        assertEquals(2, directory.persons().size());
        assertTrue(directory.persons().contains(keep));
        assertEquals(List.of(keep.id()), directory.groups().get(0).personIds());
        assertEquals(keep.id(), directory.groups().get(0).leaderId());
    }
}

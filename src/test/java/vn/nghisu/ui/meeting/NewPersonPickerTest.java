package vn.nghisu.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.Person;
import vn.nghisu.store.Repositories;
import vn.nghisu.ui.FxTestSupport;
import vn.nghisu.ui.common.EntityPicker;

/**
 * Names typed into the chair and presenter pickers that the directory does not know yet become persons and are
 * saved as the meeting's references; a name that cannot be made is kept on screen, marked, and never shown on the
 * next row.
 */
class NewPersonPickerTest {
    private static final String CHAIR = "Hoàng Minh Tuấn";
    private static final String PRESENTER = "Trịnh Thị Ngọc Ánh";
    @TempDir
    Path dir;
    FxTestSupport app;
    final FxRobot robot = new FxRobot();
    Typist keys;

    @BeforeEach
    void start() throws Exception {
        app = new FxTestSupport(dir);
        keys = new Typist(robot, app.stage.getScene());
        keys.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        FxTestSupport.waitUntil(() -> robot.lookup("#meetings-table").tryQuery().isPresent());
        keys.push(KeyCode.CONTROL, KeyCode.N).at("meeting-title").push(KeyCode.CONTROL, KeyCode.A).type("Họp thử");
    }

    @AfterEach
    void stop() throws Exception {
        app.assertNothingUncaught();
        app.close();
    }

    @Test
    void chairAndPresenterNotInTheDirectoryAreCreatedAndReferenced() throws Exception {
        robot.interact(() -> robot.lookup("#meeting-chair").query().requestFocus());
        // typed decomposed, as some Vietnamese keyboards send it: stored composed
        keys.at("meeting-chair").type(Normalizer.normalize(CHAIR, Normalizer.Form.NFD)).tab();
        keys.push(KeyCode.ALT, KeyCode.DIGIT3).at("agenda-list").push(KeyCode.CONTROL, KeyCode.ENTER);
        keys.at("agenda-title").type("Báo cáo tiến độ").tab().at("agenda-presenter").type(PRESENTER).tab();
        waitSaved();
        Repositories r = app.db.repositories();
        Map<String, UUID> persons = r.persons().findAll().stream().collect(Collectors.toMap(Person::fullName, Person::id));
        assertEquals(java.util.Set.of(CHAIR, PRESENTER), persons.keySet());
        Meeting m = r.meetings().find(r.meetings().list().get(0).id()).orElseThrow();
        assertEquals(persons.get(CHAIR), m.chairId());
        List<AgendaItem> agenda = r.parts().agenda(m.id());
        assertEquals(1, agenda.size());
        assertEquals(persons.get(PRESENTER), agenda.get(0).presenterId());
    }

    @Test
    void newAgendaItemDoesNotShowThePreviousItemsTypedPresenter() throws Exception {
        keys.push(KeyCode.ALT, KeyCode.DIGIT3).at("agenda-list").push(KeyCode.CONTROL, KeyCode.ENTER);
        keys.at("agenda-title").type("Mục một").tab().at("agenda-presenter").type(PRESENTER);
        keys.push(KeyCode.CONTROL, KeyCode.ENTER).at("agenda-title").type("Mục hai");
        assertEquals("", field("agenda-presenter").getText(), "the new item's presenter is empty");
        waitSaved();
        Repositories r = app.db.repositories();
        List<AgendaItem> agenda = r.parts().agenda(r.meetings().list().get(0).id());
        assertEquals(List.of("Mục một", "Mục hai"), agenda.stream().map(AgendaItem::title).toList());
        Person presenter = r.persons().findAll().get(0);
        assertEquals(PRESENTER, presenter.fullName());
        assertEquals(presenter.id(), agenda.get(0).presenterId(), "the name went to the item it was typed in");
        assertNull(agenda.get(1).presenterId());
    }

    @Test
    void unmatchedSubCommitteeStaysMarkedAndIsNotShownOnTheNextAction() throws Exception {
        keys.push(KeyCode.ALT, KeyCode.DIGIT6).at("directives-list").push(KeyCode.CONTROL, KeyCode.ENTER);
        keys.at("directive-text").type("Hoàn thành khảo sát");
        keys.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).at("action-title").tab().at("action-owner-unit").tab();
        keys.at("action-owner-sub").type("Tiểu ban chưa có").tab().at("action-lead");
        EntityPicker<?> sub = (EntityPicker<?>) field("action-owner-sub");
        assertEquals("Tiểu ban chưa có", sub.getText(), "the unmatched name stays on screen");
        assertTrue(sub.isUnmatched(), "and is marked as naming nothing");
        FxTestSupport.waitUntil(() -> !Decorator.getDecorations(sub).isEmpty());
        keys.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).at("action-title");
        assertEquals("", sub.getText(), "the next action item does not show it");
    }

    private TextField field(String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private void waitSaved() throws Exception {
        Autosaver saver = robot.lookup("#meeting-editor").queryAs(MeetingEditorView.class).autosaver();
        Label state = robot.lookup("#save-state").queryAs(Label.class);
        FxTestSupport.waitUntil(() -> saver.isIdle() && state.getText().startsWith("Đã lưu"));
    }
}

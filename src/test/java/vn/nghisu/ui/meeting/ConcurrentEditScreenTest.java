package vn.nghisu.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.nghisu.domain.Statement;
import vn.nghisu.service.EditorPart;
import vn.nghisu.service.MeetingEditorService;
import vn.nghisu.service.Services;
import vn.nghisu.ui.FxTestSupport;

/**
 * Two users on one database: while the secretary edits a statement, another user saves the same statement. The
 * secretary's autosave is refused, the conflict dialog asks, and each answer keeps one edit knowingly.
 */
class ConcurrentEditScreenTest {
    private static final String THEIRS = "Ý kiến đã được văn phòng sửa lại";
    private static final String TYPED = " bổ sung";
    @TempDir
    Path dir;
    FxTestSupport app;
    final FxRobot robot = new FxRobot();
    Typist keys;
    UUID meeting;
    Statement first;
    /** The other user: its own service over the same database, as a second office laptop would have. */
    MeetingEditorService other;

    @BeforeEach
    void openTheStatements() throws Exception {
        app = new FxTestSupport(dir);
        meeting = app.ctx.services().meetings().loadSample();
        first = app.db.repositories().parts().statements(meeting).get(0);
        other = Services.over(app.db).editor();
        keys = new Typist(robot, app.stage.getScene());
        robot.clickOn("#nav-meetings");
        FxTestSupport.waitUntil(() -> table().getItems().size() == 1);
        robot.interact(() -> {
            table().getSelectionModel().select(0);
            table().requestFocus();
        });
        keys.push(KeyCode.ENTER);
        FxTestSupport.waitUntil(() -> robot.lookup("#meeting-editor").tryQuery().isPresent());
        keys.push(KeyCode.ALT, KeyCode.DIGIT4);
        FxTestSupport.waitUntil(() -> summary().isVisible() && first.summary().equals(summary().getText()));
    }

    /** The other user changes the first statement, then the secretary types into it and is asked. */
    private DialogPane typeAfter(Runnable otherUser) throws Exception {
        otherUser.run();
        FxTestSupport.waitUntilLaidOut("#statement-summary");
        robot.clickOn("#statement-summary");
        keys.at("statement-summary").push(KeyCode.CONTROL, KeyCode.END).type(TYPED);
        FxTestSupport.waitUntil(() -> showing("#concurrent-keep-mine") && showing("#concurrent-take-theirs"));
        DialogPane dialog = robot.lookup("#concurrent-edit").queryAs(DialogPane.class);
        assertEquals("Ý kiến phát biểu", dialog.getHeaderText(), "the dialog says which kind of record");
        return dialog;
    }

    private void theirSave() throws Exception {
        typeAfter(() -> other.save(summarized(THEIRS), other.partVersions(meeting).get(first.id())));
        assertEquals(THEIRS, stored().summary(), "the other user's save is not overwritten while the user chooses");
    }

    @AfterEach
    void stop() throws Exception {
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
        app.close();
    }

    @Test
    void keepMineSavesTheScreensStatementOverTheOtherUsersVersion() throws Exception {
        theirSave();
        String mine = summary().getText();
        assertTrue(mine.endsWith(TYPED), mine);
        robot.clickOn(robot.lookup("#concurrent-keep-mine").queryAs(Node.class));
        FxTestSupport.waitUntil(() -> mine.equals(stored().summary()));
        FxTestSupport.waitUntil(() -> saveState().startsWith("Đã lưu"));
        assertEquals(mine, summary().getText());
        assertTrue(robot.lookup("#concurrent-edit").tryQuery().isEmpty(), "one conflict, one question");
    }

    @Test
    void takeTheirsShowsTheOtherUsersStatementAndWritesNothing() throws Exception {
        theirSave();
        long theirVersion = other.version(EditorPart.STATEMENT, first.id());
        robot.clickOn(robot.lookup("#concurrent-take-theirs").queryAs(Node.class));
        FxTestSupport.waitUntil(() -> THEIRS.equals(summary().getText()));
        FxTestSupport.waitUntil(() -> saveState().startsWith("Đã lưu"));
        robot.sleep(2 * (long) MeetingsPane.DEBOUNCE.toMillis());
        assertEquals(THEIRS, stored().summary());
        assertEquals(theirVersion, other.version(EditorPart.STATEMENT, first.id()), "taking theirs saves nothing");
        assertTrue(robot.lookup("#concurrent-edit").tryQuery().isEmpty(), "one conflict, one question");
    }

    @Test
    void keepMineBringsBackAStatementTheOtherUserDeleted() throws Exception {
        DialogPane dialog = typeAfter(() -> other.delete(EditorPart.STATEMENT, first.id()));
        assertTrue(dialog.getContentText().contains("xóa"), dialog.getContentText());
        assertTrue(app.db.repositories().parts().statements(meeting).stream().noneMatch(s -> s.id().equals(first.id())),
                "still deleted while the user chooses");
        String mine = summary().getText();
        robot.clickOn(robot.lookup("#concurrent-keep-mine").queryAs(Node.class));
        FxTestSupport.waitUntil(() -> app.db.repositories().parts().statements(meeting).stream()
                .anyMatch(s -> s.id().equals(first.id()) && s.summary().equals(mine)));
        FxTestSupport.waitUntil(() -> saveState().startsWith("Đã lưu"));
    }

    /** The other user edits the first statement, then the secretary deletes it from the list with the Delete key. */
    private DialogPane deleteAfterTheirSave() throws Exception {
        other.save(summarized(THEIRS), other.partVersions(meeting).get(first.id()));
        robot.interact(() -> {
            statements().getSelectionModel().select(0);
            statements().requestFocus();
        });
        keys.push(KeyCode.DELETE);
        FxTestSupport.waitUntil(() -> showing("#concurrent-keep-mine") && showing("#concurrent-take-theirs"));
        DialogPane dialog = robot.lookup("#concurrent-edit").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().startsWith("Bản ghi bạn vừa xóa đã được người khác sửa"),
                dialog.getContentText());
        assertEquals(THEIRS, stored().summary(), "not deleted while the user chooses");
        assertTrue(statements().getItems().stream().noneMatch(r -> r.id.equals(first.id())));
        return dialog;
    }

    @Test
    void keepTheirsAfterDeletingAStatementTheOtherUserChangedPutsItBackAsTheyLeftIt() throws Exception {
        deleteAfterTheirSave();
        long theirVersion = other.version(EditorPart.STATEMENT, first.id());
        robot.clickOn(robot.lookup("#concurrent-take-theirs").queryAs(Node.class));
        FxTestSupport.waitUntil(() -> statements().getItems().stream().anyMatch(r -> r.id.equals(first.id())));
        assertEquals(first.id(), statements().getItems().get(0).id, "back in its place");
        robot.interact(() -> statements().getSelectionModel().select(0));
        FxTestSupport.waitUntil(() -> THEIRS.equals(summary().getText()));
        FxTestSupport.waitUntil(() -> saveState().startsWith("Đã lưu"));
        robot.sleep(2 * (long) MeetingsPane.DEBOUNCE.toMillis());
        assertEquals(THEIRS, stored().summary());
        assertEquals(theirVersion, other.version(EditorPart.STATEMENT, first.id()), "keeping theirs writes nothing");
        assertFalse(robot.lookup("#undo-bar").queryAs(Node.class).isVisible(), "nothing left to undo");
    }

    @Test
    void deleteAnywayDeletesTheStatementOverTheOtherUsersChange() throws Exception {
        DialogPane dialog = deleteAfterTheirSave();
        assertEquals("Vẫn xóa", robot.lookup("#concurrent-keep-mine").queryAs(javafx.scene.control.Button.class)
                .getText());
        assertEquals("Giữ lại bản của người khác", robot.lookup("#concurrent-take-theirs")
                .queryAs(javafx.scene.control.Button.class).getText());
        assertEquals("Ý kiến phát biểu", dialog.getHeaderText());
        robot.clickOn(robot.lookup("#concurrent-keep-mine").queryAs(Node.class));
        FxTestSupport.waitUntil(() -> app.db.repositories().parts().statements(meeting).stream()
                .noneMatch(s -> s.id().equals(first.id())));
        FxTestSupport.waitUntil(() -> saveState().startsWith("Đã lưu"));
        assertTrue(statements().getItems().stream().noneMatch(r -> r.id.equals(first.id())));
    }

    @Test
    void keepMineBringsBackTheMeetingTheOtherUserDeleted() throws Exception {
        app.db.repositories().meetings().delete(meeting);
        keys.push(KeyCode.ALT, KeyCode.DIGIT1).at("meeting-title");
        FxTestSupport.waitUntilLaidOut("#meeting-title");
        robot.clickOn("#meeting-title");
        keys.at("meeting-title").push(KeyCode.END).type(TYPED);
        FxTestSupport.waitUntil(() -> showing("#concurrent-keep-mine") && showing("#concurrent-take-theirs"));
        DialogPane dialog = robot.lookup("#concurrent-edit").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("xóa"), dialog.getContentText());
        String mine = robot.lookup("#meeting-title").queryAs(javafx.scene.control.TextField.class).getText();
        robot.clickOn(robot.lookup("#concurrent-keep-mine").queryAs(Node.class));
        FxTestSupport.waitUntil(() -> app.db.repositories().meetings().find(meeting).map(m -> mine.equals(m.title()))
                .orElse(false));
        FxTestSupport.waitUntil(() -> saveState().startsWith("Đã lưu"));
        assertTrue(app.ctx.services().meetings().list().stream().anyMatch(m -> m.id().equals(meeting)),
                "listed again, not deleted");
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.ListView<StatementRow> statements() {
        return robot.lookup("#statements-list").queryAs(javafx.scene.control.ListView.class);
    }

    private Statement summarized(String summary) {
        return new Statement(first.id(), first.meetingId(), first.agendaItemId(), first.speakerId(), first.position(),
                summary);
    }

    private Statement stored() {
        return app.db.repositories().parts().statements(meeting).stream().filter(s -> s.id().equals(first.id()))
                .findFirst().orElseThrow();
    }

    private boolean showing(String id) {
        return robot.lookup(id).tryQuery().filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && n.isVisible()).isPresent();
    }

    private TextArea summary() {
        return robot.lookup("#statement-summary").queryAs(TextArea.class);
    }

    private String saveState() {
        return robot.lookup("#save-state").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return robot.lookup("#meetings-table").queryAs(TableView.class);
    }
}

package vn.nghisu.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.service.demo.SampleMeeting;
import vn.nghisu.service.demo.SampleMeetingLoader;
import vn.nghisu.service.followup.CarryForwardService;
import vn.nghisu.ui.FxTestSupport;

/** A new meeting of the sample's host unit is offered the sample's open action items as a review agenda item. */
class CarryForwardOfferTest {
    @TempDir
    Path dir;
    FxTestSupport app;
    final FxRobot robot = new FxRobot();
    Typist keys;
    UUID earlier;

    @BeforeEach
    void start() throws Exception {
        app = new FxTestSupport(dir);
        earlier = new SampleMeetingLoader(app.db).load();
        keys = new Typist(robot, app.stage.getScene());
    }

    @AfterEach
    void stop() throws Exception {
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
        app.close();
    }

    private Node banner() {
        return robot.lookup("#carry-forward-banner").query();
    }

    @Test
    void newMeetingOfTheSameHostOffersEarlierOpenItemsAsReviewItem() throws Exception {
        keys.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        FxTestSupport.waitUntil(() -> robot.lookup("#meetings-table").tryQuery().isPresent());
        keys.push(KeyCode.CONTROL, KeyCode.N).at("meeting-title").type("Làm việc lần 2 với huyện Lâm Bình").tab();
        keys.at("meeting-kind").tab().at("meeting-date").type("01/12/2026").tab().at("meeting-start").tab();
        keys.at("meeting-end").tab().at("meeting-place").tab().at("meeting-host");
        keys.push(KeyCode.ALT, KeyCode.DIGIT3).at("agenda-list");
        assertFalse(banner().isVisible(), "no host yet, nothing to carry forward");
        keys.push(KeyCode.ALT, KeyCode.DIGIT1).at("meeting-title");
        for (String id : List.of("meeting-kind", "meeting-date", "meeting-start", "meeting-end", "meeting-place",
                "meeting-host")) {
            keys.tab().at(id);
        }
        keys.type(SampleMeetingLoader.read().meeting().hostUnit()).tab();
        keys.push(KeyCode.ALT, KeyCode.DIGIT3).at("agenda-list");
        FxTestSupport.waitUntil(() -> banner().isVisible());
        keys.push(KeyCode.CONTROL, KeyCode.R);
        UUID meeting = app.db.repositories().meetings().list().stream().map(MeetingSummary::id)
                .filter(id -> !id.equals(earlier)).findFirst().orElseThrow();
        FxTestSupport.waitUntil(() -> !app.db.repositories().parts().agenda(meeting).isEmpty() && !banner().isVisible());
        List<AgendaItem> agenda = app.db.repositories().parts().agenda(meeting);
        assertEquals(1, agenda.size());
        assertEquals(CarryForwardService.REVIEW_TITLE, agenda.get(0).title());
        for (SampleMeeting.Conclusion c : SampleMeetingLoader.read().directives()) {
            assertTrue(agenda.get(0).notes().contains(c.text()), () -> "review notes list " + c.text());
        }
    }
}

package vn.nghisu.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Presence;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.service.demo.SampleMeeting;
import vn.nghisu.service.demo.SampleMeetingLoader;
import vn.nghisu.store.Repositories;
import vn.nghisu.ui.FxTestSupport;

/**
 * The headline capture test: the whole sample meeting of shared/samples typed through the keyboard into an empty
 * database (units, delegates and the working group created inline), then read back from the repositories.
 */
class SampleMeetingTypingTest {
    @TempDir
    Path dir;
    FxTestSupport app;
    final FxRobot robot = new FxRobot();
    final SampleMeeting sample = SampleMeetingLoader.read();
    Typist keys;

    @BeforeEach
    void start() throws Exception {
        app = new FxTestSupport(dir);
        keys = new Typist(robot, app.stage.getScene());
    }

    @AfterEach
    void stop() throws Exception {
        app.assertNothingUncaught();
        app.close();
    }

    @Test
    void wholeSampleMeetingTypedByKeyboardIsStoredExactlyAsTyped() throws Exception {
        long started = System.nanoTime();
        keys.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        FxTestSupport.waitUntil(() -> robot.lookup("#meetings-table").tryQuery().isPresent());
        keys.push(KeyCode.CONTROL, KeyCode.N).at("meeting-title");
        typeGeneral();
        typeAttendance();
        typeAgenda();
        typeStatements();
        typeIssues();
        typeDirectives();
        typeClosingAndPeople();
        MeetingEditorView editor = robot.lookup("#meeting-editor").queryAs(MeetingEditorView.class);
        Autosaver saver = editor.autosaver();
        FxTestSupport.waitUntil(() -> saver.isIdle() && saver.stateProperty().get() == Autosaver.State.SAVED);
        System.out.printf("typed the sample meeting in %.1f s%n", (System.nanoTime() - started) / 1e9);
        checkDatabase();
        keys.push(KeyCode.F1);
        assertTrue(robot.lookup("#help-panel").query().isVisible(), "F1 shows the shortcuts");
        keys.push(KeyCode.F1);
        assertTrue(!robot.lookup("#help-panel").query().isVisible(), "F1 again hides them");
    }

    private void typeGeneral() {
        SampleMeeting.Header h = sample.meeting();
        keys.push(KeyCode.CONTROL, KeyCode.A).type(h.title()).tab().at("meeting-kind").type(h.kind()).tab();
        keys.at("meeting-date").type(vnDate(h.date())).tab().at("meeting-start").type(h.start()).tab();
        keys.at("meeting-end").type(h.end()).tab().at("meeting-place").type(h.place()).tab();
        keys.at("meeting-host").type(h.hostUnit()).tab().at("meeting-group").type(sample.workingGroup().name()).tab();
        keys.at("meeting-group-unit");
        for (String unit : sample.workingGroup().units()) {
            keys.type(unit).push(KeyCode.ENTER);
        }
    }

    /** The group's units come in with one key; each gets its first delegate, further delegates get new rows. */
    private void typeAttendance() {
        keys.push(KeyCode.ALT, KeyCode.DIGIT2).at("attendance-list").push(KeyCode.CONTROL, KeyCode.G);
        List<String> groupUnits = sample.workingGroup().units();
        for (int i = 0; i < groupUnits.size(); i++) {
            SampleMeeting.UnitEntry u = entry(groupUnits.get(i));
            keys.push(KeyCode.ALT, KeyCode.DIGIT2).at("attendance-list").push(KeyCode.HOME);
            for (int k = 0; k < i; k++) {
                keys.push(KeyCode.DOWN);
            }
            keys.push(KeyCode.ENTER).at("attendance-unit").tab();
            delegate(u, u.delegates().get(0));
        }
        for (SampleMeeting.UnitEntry u : sample.units()) {
            boolean inGroup = groupUnits.contains(u.name());
            for (SampleMeeting.Delegate d : u.delegates().subList(inGroup ? 1 : 0, u.delegates().size())) {
                keys.push(KeyCode.CONTROL, KeyCode.ENTER).at("attendance-unit").type(u.name()).tab();
                delegate(u, d);
            }
        }
    }

    private void delegate(SampleMeeting.UnitEntry u, SampleMeeting.Delegate d) {
        keys.at("attendance-person").type(d.name()).tab().at("attendance-title").type(d.title()).tab();
        keys.at("attendance-presence");
        for (int k = 0; k < Presence.valueOf(u.presence()).ordinal(); k++) {
            keys.push(KeyCode.DOWN);
        }
        if (u.reason() != null) {
            keys.tab().at("attendance-reason").type(u.reason());
        }
    }

    private void typeAgenda() {
        keys.push(KeyCode.ALT, KeyCode.DIGIT3).at("agenda-list");
        for (SampleMeeting.Agenda a : sample.agenda()) {
            keys.push(KeyCode.CONTROL, KeyCode.ENTER).at("agenda-title").type(a.title()).tab().at("agenda-presenter");
            if (a.presenter() != null) {
                keys.type(a.presenter());
            }
            keys.tab().at("agenda-minutes").type(String.valueOf(a.minutes()));
        }
    }

    private void typeStatements() {
        keys.push(KeyCode.ALT, KeyCode.DIGIT4).at("statements-list");
        for (SampleMeeting.Said s : sample.statements()) {
            keys.push(KeyCode.CONTROL, KeyCode.ENTER).at("statement-speaker").type(s.speaker()).tab();
            keys.at("statement-summary").type(s.summary()).push(KeyCode.CONTROL, KeyCode.TAB).at("statement-agenda");
            for (int k = 0; k < sample.agenda().size(); k++) {
                keys.push(KeyCode.UP);
            }
            for (int k = 1; k < s.item(); k++) {
                keys.push(KeyCode.DOWN);
            }
        }
    }

    private void typeIssues() {
        for (SampleMeeting.Problem p : sample.issues()) {
            keys.push(KeyCode.CONTROL, KeyCode.I).at("issue-title").type(p.title()).tab();
            keys.at("issue-category").type(p.category()).tab().at("issue-unit").type(p.raisedBy()).tab();
        }
    }

    private void typeDirectives() {
        for (SampleMeeting.Conclusion c : sample.directives()) {
            keys.push(KeyCode.ALT, KeyCode.DIGIT6).at("directives-list");
            keys.push(KeyCode.CONTROL, KeyCode.ENTER).at("directive-text").type(c.text());
            keys.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).at("action-title").tab().at("action-owner-unit");
            if (c.ownerUnit() != null) {
                keys.type(c.ownerUnit());
            }
            keys.tab().at("action-owner-sub");
            if (c.ownerSubCommittee() != null) {
                keys.type(c.ownerSubCommittee());
            }
            keys.tab().at("action-lead").tab().at("action-coordinator");
            for (String unit : c.coordinating() == null ? List.<String>of() : c.coordinating()) {
                keys.type(unit).push(KeyCode.ENTER);
            }
            keys.tab().at("action-coordinators").tab().at("action-deadline").type(vnDate(c.deadline()));
        }
    }

    private void typeClosingAndPeople() {
        keys.push(KeyCode.ALT, KeyCode.DIGIT7).at("closing-end").tab().at("closing-note").type(sample.meeting().closing());
        keys.push(KeyCode.ALT, KeyCode.DIGIT1).at("meeting-title");
        for (String id : List.of("meeting-kind", "meeting-date", "meeting-start", "meeting-end", "meeting-place",
                "meeting-host", "meeting-group", "meeting-group-unit", "meeting-group-units", "meeting-chair")) {
            keys.tab().at(id);
        }
        keys.type(sample.meeting().chair()).tab().at("meeting-secretary").type(sample.meeting().secretary());
    }

    private SampleMeeting.UnitEntry entry(String unit) {
        return sample.units().stream().filter(u -> u.name().equals(unit)).findFirst().orElseThrow();
    }

    private static String vnDate(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    // ---- what the database holds ----

    private void checkDatabase() {
        Repositories r = app.db.repositories();
        Map<UUID, String> units = names(r.units().findAll(), Unit::id, Unit::name);
        Map<UUID, Person> persons = r.persons().findAll().stream().collect(Collectors.toMap(Person::id, p -> p));
        List<Meeting> all = r.meetings().list().stream().map(s -> r.meetings().find(s.id()).orElseThrow()).toList();
        assertEquals(1, all.size());
        Meeting m = all.get(0);
        SampleMeeting.Header h = sample.meeting();
        assertEquals(h.title(), m.title());
        assertEquals(h.kind(), names(r.lists().findAll(ListKind.MEETING_KIND), ListItem::id, ListItem::name).get(m.kindId()));
        assertEquals(LocalDate.parse(h.date()), m.date());
        assertEquals(LocalTime.parse(h.start()), m.start());
        assertEquals(LocalTime.parse(h.end()), m.end());
        assertEquals(h.place(), m.place());
        assertEquals(h.hostUnit(), units.get(m.hostUnitId()));
        assertEquals(h.chair(), persons.get(m.chairId()).fullName());
        assertEquals(h.secretary(), persons.get(m.secretaryId()).fullName());
        assertEquals(h.closing(), m.closingNote());
        WorkingGroup g = r.groups().find(m.workingGroupId()).orElseThrow();
        assertEquals(sample.workingGroup().name(), g.name());
        assertEquals(sample.workingGroup().units(), g.unitIds().stream().map(units::get).toList());
        assertEquals(sample.units().stream().map(SampleMeeting.UnitEntry::name).sorted().toList(),
                units.values().stream().sorted().toList());
        checkAttendance(r, m, units, persons);
        checkProceedings(r, m, units, persons);
        List<String> everyText = new java.util.ArrayList<>(units.values());
        persons.values().forEach(p -> everyText.addAll(List.of(p.fullName(), p.positionTitle())));
        everyText.add(m.title());
        assertTrue(everyText.stream().allMatch(t -> Normalizer.isNormalized(t, Normalizer.Form.NFC)));
    }

    private void checkAttendance(Repositories r, Meeting m, Map<UUID, String> units, Map<UUID, Person> persons) {
        List<String> expected = sample.units().stream().flatMap(u -> u.delegates().stream().map(d -> String.join(" | ",
                u.name(), d.name(), d.title(), u.presence(), u.reason() == null ? "-" : u.reason()))).sorted().toList();
        List<String> stored = r.parts().attendance(m.id()).stream().map(a -> {
            Person p = persons.get(a.personId());
            return String.join(" | ", units.get(a.unitId()), p.fullName(), p.positionTitle(), a.presence().name(),
                    a.reason() == null ? "-" : a.reason());
        }).sorted().toList();
        assertEquals(expected, stored);
        assertEquals(10, persons.size());
        persons.values().forEach(p -> assertTrue(p.unitId() != null, p.fullName() + " has a unit"));
    }

    private void checkProceedings(Repositories r, Meeting m, Map<UUID, String> units, Map<UUID, Person> persons) {
        List<AgendaItem> agenda = r.parts().agenda(m.id());
        assertEquals(sample.agenda().stream().map(a -> a.title() + " | " + a.presenter() + " | " + a.minutes()).toList(),
                agenda.stream().map(a -> a.title() + " | " + name(persons, a.presenterId()) + " | " + a.plannedMinutes())
                        .toList());
        Map<UUID, Integer> itemNo = agenda.stream().collect(Collectors.toMap(AgendaItem::id, a -> agenda.indexOf(a) + 1));
        assertEquals(sample.statements().stream().map(s -> s.speaker() + " | " + s.item() + " | " + s.summary()).toList(),
                r.parts().statements(m.id()).stream().map(s -> name(persons, s.speakerId()) + " | "
                        + itemNo.get(s.agendaItemId()) + " | " + s.summary()).toList());
        Map<UUID, String> categories = names(r.lists().findAll(ListKind.ISSUE_CATEGORY), ListItem::id, ListItem::name);
        assertEquals(sample.issues().stream().map(i -> i.title() + " | " + i.category() + " | " + i.raisedBy()).toList(),
                r.issues().findByMeeting(m.id()).stream().map(i -> i.title() + " | " + categories.get(i.categoryId())
                        + " | " + units.get(i.raisedByUnitId())).toList());
        assertEquals(sample.directives().stream().map(SampleMeeting.Conclusion::text).toList(),
                r.parts().directives(m.id()).stream().map(d -> d.text()).toList());
        Map<UUID, String> subs = names(r.subCommittees().findAll(), SubCommittee::id, SubCommittee::name);
        assertEquals(sample.directives().stream().map(c -> c.text() + " | " + c.ownerUnit() + " | " + c.ownerSubCommittee()
                + " | " + (c.coordinating() == null ? List.of() : c.coordinating()) + " | " + c.deadline()).toList(),
                r.actions().findByMeeting(m.id()).stream().map(a -> a.title() + " | " + units.get(a.ownerUnitId()) + " | "
                        + subs.get(a.ownerSubCommitteeId()) + " | " + a.coordinatingUnitIds().stream().map(units::get)
                        .toList() + " | " + a.deadline()).toList());
        List<ActionItem> actions = r.actions().findByMeeting(m.id());
        assertTrue(actions.stream().allMatch(a -> a.directiveId() != null));
    }

    private static String name(Map<UUID, Person> persons, UUID id) {
        return id == null ? null : persons.get(id).fullName();
    }

    private static <T> Map<UUID, String> names(List<T> items, Function<T, UUID> id, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(id, name));
    }
}

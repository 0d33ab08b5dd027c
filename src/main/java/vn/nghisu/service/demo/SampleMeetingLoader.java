package vn.nghisu.service.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingStatus;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Presence;
import vn.nghisu.domain.Statement;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.store.Database;
import vn.nghisu.store.Repositories;

/** Writes the bundled sample meeting (units, delegates, attendance, agenda, ... action items) in one transaction. */
public final class SampleMeetingLoader {
    private static final String RESOURCE = "/demo/lam-binh.json";
    private final Database db;

    public SampleMeetingLoader(Database db) {
        this.db = db;
    }

    public static SampleMeeting read() {
        try (InputStream in = SampleMeetingLoader.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readValue(in, SampleMeeting.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Sample meeting resource unreadable: " + RESOURCE, e);
        }
    }

    /** Loads the sample and returns the new meeting's id. */
    public UUID load() {
        SampleMeeting sample = read();
        return db.inTransaction(repos -> new Writer(repos, sample).write());
    }

    /** One load: keeps the name → id maps while the sample is written. */
    private static final class Writer {
        private final Repositories repos;
        private final SampleMeeting s;
        private final Map<String, UUID> units = new HashMap<>();
        private final Map<String, UUID> persons = new HashMap<>();

        Writer(Repositories repos, SampleMeeting sample) {
            this.repos = repos;
            this.s = sample;
        }

        UUID write() {
            Map<String, UUID> unitKinds = names(repos.lists().findAll(ListKind.UNIT_KIND));
            List<Attendance> attendance = new ArrayList<>();
            UUID meetingId = UUID.randomUUID();
            for (SampleMeeting.UnitEntry u : s.units()) {
                Unit unit = new Unit(null, u.name(), null, unitKinds.get(u.kind()), UnitLevel.valueOf(u.level()), null);
                repos.units().save(unit);
                units.put(u.name(), unit.id());
                for (SampleMeeting.Delegate d : u.delegates()) {
                    Person p = new Person(null, d.name(), d.title(), unit.id());
                    repos.persons().save(p);
                    persons.put(d.name(), p.id());
                    attendance.add(new Attendance(null, meetingId, unit.id(), p.id(), Presence.valueOf(u.presence()),
                            u.reason(), attendance.size()));
                }
            }
            WorkingGroup group = new WorkingGroup(null, s.workingGroup().name(), s.workingGroup().decision(),
                    persons.get(s.workingGroup().leader()),
                    s.workingGroup().units().stream().map(units::get).toList(),
                    List.of(persons.get(s.meeting().chair()), persons.get(s.meeting().secretary())));
            repos.groups().save(group);
            SampleMeeting.Header h = s.meeting();
            repos.meetings().save(new Meeting(meetingId, h.title(), names(repos.lists().findAll(ListKind.MEETING_KIND))
                    .get(h.kind()), LocalDate.parse(h.date()), LocalTime.parse(h.start()), LocalTime.parse(h.end()),
                    h.place(), units.get(h.hostUnit()), group.id(), persons.get(h.chair()), persons.get(h.secretary()),
                    MeetingStatus.HELD, h.closing()));
            attendance.forEach(repos.parts()::save);
            List<UUID> agenda = writeAgenda(meetingId);
            for (int i = 0; i < s.statements().size(); i++) {
                SampleMeeting.Said st = s.statements().get(i);
                repos.parts().save(new Statement(null, meetingId, agenda.get(st.item() - 1), persons.get(st.speaker()), i,
                        st.summary()));
            }
            writeConclusions(meetingId, writeIssues(meetingId));
            return meetingId;
        }

        private List<UUID> writeAgenda(UUID meetingId) {
            List<UUID> ids = new ArrayList<>();
            for (SampleMeeting.Agenda a : s.agenda()) {
                AgendaItem item = new AgendaItem(null, meetingId, ids.size(), a.title(),
                        a.presenter() == null ? null : persons.get(a.presenter()), a.minutes(), null, null, null);
                repos.parts().save(item);
                ids.add(item.id());
            }
            return ids;
        }

        private List<Issue> writeIssues(UUID meetingId) {
            Map<String, UUID> categories = names(repos.lists().findAll(ListKind.ISSUE_CATEGORY));
            List<Issue> issues = new ArrayList<>();
            for (SampleMeeting.Problem p : s.issues()) {
                Issue issue = new Issue(null, meetingId, p.title(), null, categories.get(p.category()),
                        units.get(p.raisedBy()), null, null, null, null, issues.size());
                repos.issues().save(issue);
                issues.add(issue);
            }
            return issues;
        }

        private void writeConclusions(UUID meetingId, List<Issue> issues) {
            Map<String, UUID> subCommittees = new HashMap<>();
            repos.subCommittees().findAll().forEach((SubCommittee sc) -> subCommittees.put(sc.name(), sc.id()));
            Map<String, UUID> bodies = names(repos.lists().findAll(ListKind.ESCALATION_BODY));
            for (int i = 0; i < s.directives().size(); i++) {
                SampleMeeting.Conclusion c = s.directives().get(i);
                Directive d = new Directive(null, meetingId, i, c.text());
                repos.parts().save(d);
                List<UUID> coordinating = c.coordinating() == null ? List.of()
                        : c.coordinating().stream().map(units::get).toList();
                ActionItem item = new ActionItem(null, c.text(), meetingId, d.id(), null,
                        c.ownerUnit() == null ? null : units.get(c.ownerUnit()),
                        c.ownerSubCommittee() == null ? null : subCommittees.get(c.ownerSubCommittee()), null,
                        coordinating, LocalDate.parse(c.deadline()), null, i);
                repos.actions().save(item);
                if (c.escalates() != null) {
                    List<UUID> linked = new ArrayList<>();
                    for (int n : c.escalates()) {
                        Issue issue = issues.get(n - 1).escalateTo(bodies.get(c.escalateTo()));
                        repos.issues().save(issue);
                        linked.add(issue.id());
                    }
                    repos.actions().linkIssues(item.id(), linked);
                }
            }
        }

        private static Map<String, UUID> names(List<ListItem> items) {
            Map<String, UUID> byName = new HashMap<>();
            items.forEach(i -> byName.put(i.name(), i.id()));
            return byName;
        }
    }
}

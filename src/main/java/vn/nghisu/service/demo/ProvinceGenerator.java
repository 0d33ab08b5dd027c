package vn.nghisu.service.demo;

import static vn.nghisu.service.demo.ProvinceTexts.pick;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.IssueStatus;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingStatus;
import vn.nghisu.domain.Presence;
import vn.nghisu.domain.Statement;
import vn.nghisu.store.BulkWriter;
import vn.nghisu.store.Database;

/**
 * A province's ten years, deterministic for a seed: at scale 1.0 about 5,000 meetings, 100,000 action items,
 * 30,000 issues and 300,000 attendance rows ending on a given day. Written in batched chunks of meetings.
 */
public final class ProvinceGenerator {
    /** How much was written. */
    public record Counts(int units, int persons, int meetings, int attendance, int statements, int directives,
                         int issues, int actions) {
    }

    static final int MEETINGS = 5000;
    static final int ATTENDANCE_PER_MEETING = 60;
    static final int ACTIONS_PER_MEETING = 20;
    static final int ISSUES_PER_MEETING = 6;
    static final int PARTS_PER_MEETING = 4;
    private static final int CHUNK = 100;
    private static final List<UUID> SUB_COMMITTEES = fixed(501, 4);
    private static final List<UUID> CATEGORIES = fixed(301, 7);
    private static final List<UUID> BODIES = fixed(401, 4);
    private static final List<UUID> MEETING_KINDS = fixed(201, 5);

    private final Database db;
    private final Random rnd;
    private final LocalDate end;
    private final ProvinceDirectory directory;

    public ProvinceGenerator(Database db, long seed, LocalDate end) {
        this.db = db;
        this.rnd = new Random(seed);
        this.end = end;
        this.directory = new ProvinceDirectory(rnd);
    }

    public Counts generate(double scale) {
        directory.write(db);
        int meetings = Math.max(1, (int) Math.round(MEETINGS * scale));
        LocalDate start = end.minusYears(10);
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
        int[] totals = new int[5];
        for (int done = 0; done < meetings; done += CHUNK) {
            Chunk chunk = new Chunk();
            for (int i = done; i < Math.min(meetings, done + CHUNK); i++) {
                chunk.meeting(start.plusDays(days * i / meetings));
            }
            db.dsl().transaction(tx -> chunk.writeTo(new BulkWriter(tx.dsl())));
            totals[0] += chunk.attendance.size();
            totals[1] += chunk.statements.size();
            totals[2] += chunk.directives.size();
            totals[3] += chunk.issues.size();
            totals[4] += chunk.actions.size();
        }
        return new Counts(directory.units().size(), directory.persons().size(), meetings, totals[0], totals[1],
                totals[2], totals[3], totals[4]);
    }

    private UUID id() {
        return ProvinceDirectory.uuid(rnd);
    }

    private static List<UUID> fixed(int first, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.fromString(String.format("00000000-0000-4000-8000-%012d", first + i)));
        }
        return ids;
    }

    /** The rows of a run of meetings, written in one transaction. */
    private final class Chunk {
        final List<Meeting> meetings = new ArrayList<>();
        final List<Attendance> attendance = new ArrayList<>();
        final List<Statement> statements = new ArrayList<>();
        final List<Directive> directives = new ArrayList<>();
        final List<Issue> issues = new ArrayList<>();
        final List<ActionItem> actions = new ArrayList<>();
        final Map<UUID, LocalDate> completed = new HashMap<>();

        void meeting(LocalDate date) {
            int d = rnd.nextInt(ProvinceTexts.DISTRICTS.size());
            String district = ProvinceTexts.DISTRICTS.get(d);
            String topic = pick(rnd, ProvinceTexts.TOPICS);
            UUID host = directory.districtUnit(d);
            Meeting m = new Meeting(id(), "Làm việc với Ban Thường vụ Huyện ủy " + district + " về " + topic,
                    pick(rnd, MEETING_KINDS), date, LocalTime.of(8, 0), LocalTime.of(11, 0),
                    pick(rnd, ProvinceTexts.PLACES) + " " + district, host, directory.group(rnd),
                    directory.person(rnd), directory.person(rnd),
                    date.isBefore(end) ? MeetingStatus.CLOSED : MeetingStatus.DRAFT, null);
            meetings.add(m);
            for (int i = 0; i < ATTENDANCE_PER_MEETING; i++) {
                attendance.add(new Attendance(id(), m.id(), directory.unit(rnd), directory.person(rnd),
                        rnd.nextInt(10) == 0 ? Presence.EXCUSED : Presence.PRESENT, null, i));
            }
            List<UUID> directiveIds = new ArrayList<>();
            for (int i = 0; i < PARTS_PER_MEETING; i++) {
                statements.add(new Statement(id(), m.id(), null, directory.person(rnd), i, "Đồng chí phát biểu về "
                        + pick(rnd, ProvinceTexts.TOPICS) + ", đề nghị " + pick(rnd, ProvinceTexts.OBJECTS) + "."));
                Directive dir = new Directive(id(), m.id(), i, "Giao " + pick(rnd, ProvinceTexts.VERBS).toLowerCase()
                        + " " + pick(rnd, ProvinceTexts.OBJECTS) + " trên địa bàn huyện " + district + ".");
                directives.add(dir);
                directiveIds.add(dir.id());
            }
            for (int i = 0; i < ISSUES_PER_MEETING; i++) {
                issues.add(issue(m, district, i));
            }
            for (int i = 0; i < ACTIONS_PER_MEETING; i++) {
                actions.add(action(m, district, directiveIds.get(i % directiveIds.size()), i));
            }
        }

        private Issue issue(Meeting m, String district, int position) {
            int roll = rnd.nextInt(10);
            IssueStatus status = roll < 2 ? IssueStatus.NEW : roll < 4 ? IssueStatus.IN_PROGRESS
                    : roll < 8 ? IssueStatus.RESOLVED : IssueStatus.ESCALATED;
            boolean resolved = status == IssueStatus.RESOLVED;
            return new Issue(id(), m.id(), pick(rnd, ProvinceTexts.PROBLEMS) + " về " + pick(rnd, ProvinceTexts.TOPICS)
                    + " tại huyện " + district, null, pick(rnd, CATEGORIES), m.hostUnitId(), status,
                    status == IssueStatus.ESCALATED ? pick(rnd, BODIES) : null,
                    resolved ? "Đã được hướng dẫn và giải quyết." : null,
                    resolved ? m.date().plusDays(30 + rnd.nextInt(120)) : null, position);
        }

        private ActionItem action(Meeting m, String district, UUID directiveId, int position) {
            LocalDate deadline = m.date().plusDays(15 + rnd.nextInt(180));
            boolean past = deadline.isBefore(end);
            int roll = rnd.nextInt(100);
            ActionStatus status = past
                    ? (roll < 85 ? ActionStatus.DONE : roll < 90 ? ActionStatus.CANCELLED
                    : roll < 95 ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED)
                    : (roll < 30 ? ActionStatus.DONE : roll < 70 ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED);
            boolean bySubCommittee = rnd.nextInt(3) == 0;
            ActionItem a = new ActionItem(id(), pick(rnd, ProvinceTexts.VERBS) + " " + pick(rnd, ProvinceTexts.OBJECTS)
                    + " (huyện " + district + ")", m.id(), directiveId, null,
                    bySubCommittee ? null : directory.unit(rnd), bySubCommittee ? pick(rnd, SUB_COMMITTEES) : null,
                    directory.person(rnd), List.of(), deadline, status, position);
            if (status == ActionStatus.DONE) {
                LocalDate day = deadline.minusDays(rnd.nextInt(20));
                completed.put(a.id(), day.isAfter(end) ? end : day);
            }
            return a;
        }

        void writeTo(BulkWriter w) {
            w.meetings(meetings);
            w.attendance(attendance);
            w.statements(statements);
            w.directives(directives);
            w.issues(issues);
            w.actions(actions, completed);
        }
    }
}

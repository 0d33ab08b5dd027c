package vn.nghisu.ui.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.nghisu.domain.Ids;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.service.EditorData;
import vn.nghisu.service.EditorPart;
import vn.nghisu.service.MeetingEditorService;
import vn.nghisu.service.MeetingService;
import vn.nghisu.service.followup.CarryForwardService;
import vn.nghisu.store.ConcurrentEditException;
import vn.nghisu.ui.task.BackgroundTasks;

/**
 * State of the meeting editor: the meeting's rows as editable models. Every change of a row is turned into
 * an immutable record on the JavaFX thread and handed to the {@link Autosaver}; broken rules keep the row unsaved.
 */
public final class MeetingEditorViewModel {
    final EditorRefs refs = new EditorRefs();
    final GeneralForm general = new GeneralForm();
    final ObservableList<AttendanceRow> attendance = FXCollections.observableArrayList(AttendanceRow::observables);
    final ObservableList<AgendaRow> agenda = FXCollections.observableArrayList(AgendaRow::observables);
    final ObservableList<StatementRow> statements = FXCollections.observableArrayList(StatementRow::observables);
    final ObservableList<IssueEntry> issues = FXCollections.observableArrayList(IssueEntry::observables);
    final ObservableList<DirectiveRow> directives = FXCollections.observableArrayList(DirectiveRow::observables);
    final ObservableList<Person> attendees = FXCollections.observableArrayList();
    final ObjectProperty<AgendaRow> currentAgenda = new SimpleObjectProperty<>();
    final ObjectProperty<Undo> undo = new SimpleObjectProperty<>();
    final BooleanProperty loaded = new SimpleBooleanProperty();
    private final MeetingEditorService service;
    private final MeetingService meetings;
    private final BackgroundTasks tasks;
    private final Autosaver autosaver;
    private final Consumer<Throwable> onError;
    private final Map<Object, Runnable> savers = new WeakHashMap<>();
    /** The same savers by autosave key ("meeting", "statement:<id>" …): "keep mine" saves the record again. */
    private final Map<String, Runnable> saversByKey = new java.util.HashMap<>();
    /** Rows deleted on this screen, by id: each puts its row back where it was, if the user keeps another's change. */
    private final Map<UUID, Runnable> putBack = new java.util.HashMap<>();
    private final EditorVersions versions = new EditorVersions();
    private final EditConflicts conflicts;
    final CarryForwardOffer carryForward;
    private UUID meetingId;
    private boolean loading;

    /** A deletion that can still be taken back. */
    record Undo(UUID id, String what, Runnable action) {
    }

    public MeetingEditorViewModel(MeetingEditorService service, MeetingService meetings, CarryForwardService carry,
                                  BackgroundTasks tasks, Autosaver autosaver, Consumer<Throwable> onError) {
        this.service = service;
        this.meetings = meetings;
        this.tasks = tasks;
        this.autosaver = autosaver;
        this.onError = onError;
        this.carryForward = new CarryForwardOffer(this, carry, tasks);
        track("meeting", general, general.observables(), () -> {
            var m = general.toRecord(meetingId);
            return versions.meetingWrite(v -> service.save(m, v));
        });
        this.conflicts = new EditConflicts(this, versions, service, tasks, autosaver, onError);
        attendance.addListener((javafx.collections.ListChangeListener<AttendanceRow>) c -> attendees.setAll(
                attendance.stream().map(r -> r.person.get()).filter(Objects::nonNull).distinct().toList()));
    }

    public void open(UUID id) {
        meetingId = id;
        loaded.set(false);
        tasks.run(() -> loadWithVersions(id), this::show, onError::accept);
    }

    /** On the worker: the versions first, so a save by someone else between the two reads is caught, not missed. */
    private EditorData loadWithVersions(UUID id) {
        versions.reset(service.version(id), service.partVersions(id));
        return service.load(id);
    }

    /**
     * Someone else saved (or deleted) the meeting or one of its parts since this screen read it (shared database):
     * the view asks the user, one conflict at a time.
     */
    public ReadOnlyObjectProperty<ConcurrentEditException> conflictProperty() {
        return conflicts.current;
    }

    /** Writes this screen's version of the record over the other one, knowingly (bringing back a deleted part). */
    public void keepMine(ConcurrentEditException c) {
        conflicts.keepMine(c, saversByKey::get);
    }

    /** Drops this screen's unsaved change of the record and shows the stored one; the other rows stay as they are. */
    public void takeTheirs(ConcurrentEditException c) {
        conflicts.takeTheirs(c, d -> {
            loading = true;
            try {
                if (c.deleting()) {
                    putDeletedRowBack(c.id());
                }
                new RecordReloader(this).reload(c.table(), c.id(), d);
            } finally {
                loading = false;
            }
        });
    }

    /** The delete was refused in favour of another user's change: the row is on screen again, no longer undoable. */
    private void putDeletedRowBack(UUID id) {
        Runnable back = putBack.remove(id);
        if (back != null) {
            back.run();
        }
        saversByKey.remove("delete:" + id);
        if (undo.get() != null && id.equals(undo.get().id())) {
            undo.set(null);
        }
    }

    public UUID meetingId() {
        return meetingId;
    }

    private void show(EditorData d) {
        loading = true;
        try {
            new EditorLoader(this).fill(d);
        } finally {
            loading = false;
        }
        loaded.set(true);
    }

    // ---- tracking: every row change becomes a queued write ----

    /** Watches a row; a change makes a fresh snapshot and queues it, or marks the row invalid. */
    void track(String key, Object row, Observable[] deps, Supplier<Runnable> snapshot) {
        Runnable schedule = () -> {
            if (loading) {
                return;
            }
            try {
                autosaver.put(key, snapshot.get());
            } catch (ValidationException e) {
                autosaver.invalid(key);
            }
        };
        savers.put(row, schedule);
        saversByKey.put(key, schedule);
        for (Observable o : deps) {
            if (o instanceof javafx.beans.value.ObservableValue<?> v) {
                v.addListener((obs, a, b) -> schedule.run());
            } else {
                o.addListener(x -> schedule.run());
            }
        }
    }

    void save(Object row) {
        Runnable s = savers.get(row);
        if (s != null) {
            s.run();
        }
    }

    void trackAttendance(AttendanceRow r) {
        track("attendance:" + r.id, r, r.observables(), () -> {
            var person = r.personRecord();
            var rec = r.toRecord(meetingId, attendance.indexOf(r));
            Runnable write = versions.partWrite(r.id, v -> service.save(rec, v));
            return () -> {
                if (person != null) {
                    service.save(person);
                }
                write.run();
            };
        });
    }

    void trackAgenda(AgendaRow r) {
        track("agenda:" + r.id, r, r.observables(), () -> {
            var rec = r.toRecord(meetingId, agenda.indexOf(r));
            return versions.partWrite(r.id, v -> service.save(rec, v));
        });
    }

    void trackStatement(StatementRow r) {
        track("statement:" + r.id, r, r.observables(), () -> {
            var rec = r.toRecord(meetingId, statements.indexOf(r));
            return versions.partWrite(r.id, v -> service.save(rec, v));
        });
    }

    void trackIssue(IssueEntry r) {
        track("issue:" + r.id, r, r.observables(), () -> {
            var rec = r.toRecord(meetingId, issues.indexOf(r));
            return versions.partWrite(r.id, v -> service.save(rec, v));
        });
    }

    void trackDirective(DirectiveRow r) {
        track("directive:" + r.id, r, new Observable[] {r.text}, () -> {
            var rec = r.toRecord(meetingId, directives.indexOf(r));
            return versions.partWrite(r.id, v -> service.save(rec, v));
        });
    }

    void trackAction(DirectiveRow d, ActionRow a) {
        track("action:" + a.id, a, new Observable[] {a.title, a.ownerUnit, a.ownerSub, a.lead, a.coordinators,
            a.deadline, general.date}, () -> {
                var rec = a.toRecord(meetingId, d.id, d.actions.indexOf(a), general.date.get());
                return versions.partWrite(a.id, v -> service.save(rec, v));
            });
    }

    // ---- adding rows ----

    AttendanceRow addAttendance() {
        AttendanceRow r = new AttendanceRow(Ids.newId());
        attendance.add(r);
        trackAttendance(r);
        return r;
    }

    AgendaRow addAgenda() {
        AgendaRow r = new AgendaRow(Ids.newId());
        agenda.add(r);
        trackAgenda(r);
        return r;
    }

    /** The next statement, under the agenda item now running (or the last one chosen). */
    StatementRow addStatement() {
        StatementRow r = new StatementRow(Ids.newId());
        r.agenda.set(currentAgenda.get() != null ? currentAgenda.get() : agenda.isEmpty() ? null : agenda.get(0));
        statements.add(r);
        trackStatement(r);
        return r;
    }

    IssueEntry addIssue() {
        IssueEntry r = new IssueEntry(Ids.newId());
        issues.add(r);
        trackIssue(r);
        return r;
    }

    DirectiveRow addDirective() {
        DirectiveRow r = new DirectiveRow(Ids.newId());
        directives.add(r);
        trackDirective(r);
        return r;
    }

    /** An action item of the directive; its title starts as the directive's text, the usual wording. */
    ActionRow addAction(DirectiveRow d) {
        ActionRow a = new ActionRow(Ids.newId());
        a.title.set(d.text.get());
        d.actions.add(a);
        trackAction(d, a);
        save(a);
        return a;
    }

    /** A unit typed in a picker that the directory does not know yet. */
    Unit newUnit(String name) {
        Unit u = new Unit(null, name, null, null, UnitLevel.KHAC, null);
        refs.units.add(u);
        autosaver.put("unit:" + u.id(), () -> service.save(u));
        return u;
    }

    /** A chair, secretary, presenter or lead typed in a picker that the directory does not know yet. */
    Person newPerson(String name) {
        return newPerson(name, null, null);
    }

    /** A delegate typed in the attendance list that the directory does not know yet. */
    Person newPerson(String name, Unit unit, String title) {
        Person p = new Person(null, name, title, unit == null ? null : unit.id());
        refs.persons.add(p);
        autosaver.put("person:" + p.id(), () -> service.save(p));
        return p;
    }

    /** A working group typed in the General section that the directory does not know yet. */
    WorkingGroup newGroup(String name) {
        WorkingGroup g = new WorkingGroup(null, name, null, null, List.of(), List.of());
        refs.groups.add(g);
        autosaver.put("group:" + g.id(), () -> service.save(g));
        return g;
    }

    /** Makes the unit a member of the meeting's working group (so "take the group's units" brings it). */
    void addGroupUnit(Unit unit) {
        WorkingGroup g = general.group.get();
        if (g == null || unit == null || g.unitIds().contains(unit.id())) {
            return;
        }
        List<UUID> units = new java.util.ArrayList<>(g.unitIds());
        units.add(unit.id());
        replaceGroup(new WorkingGroup(g.id(), g.name(), g.foundingDecision(), g.leaderId(), units, g.personIds()));
    }

    void removeGroupUnit(Unit unit) {
        WorkingGroup g = general.group.get();
        if (g != null && unit != null && g.unitIds().contains(unit.id())) {
            List<UUID> units = g.unitIds().stream().filter(u -> !u.equals(unit.id())).toList();
            replaceGroup(new WorkingGroup(g.id(), g.name(), g.foundingDecision(), g.leaderId(), units, g.personIds()));
        }
    }

    private void replaceGroup(WorkingGroup changed) {
        int at = refs.groups.indexOf(general.group.get());
        if (at >= 0) {
            refs.groups.set(at, changed);
        }
        // the group is written before the meeting that refers to it
        autosaver.put("group:" + changed.id(), () -> service.save(changed));
        general.group.set(changed);
    }

    /** Adds one attendance row for each unit of the meeting's working group not yet listed. */
    void takeGroupUnits() {
        if (general.group.get() == null) {
            return;
        }
        for (UUID unitId : general.group.get().unitIds()) {
            boolean listed = attendance.stream().anyMatch(r -> r.unit.get() != null && r.unit.get().id().equals(unitId));
            Unit unit = refs.unit(unitId);
            if (!listed && unit != null) {
                addAttendance().unit.set(unit);
            }
        }
    }

    // ---- agenda order and timer ----

    void move(AgendaRow r, int delta) {
        int from = agenda.indexOf(r);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= agenda.size()) {
            return;
        }
        agenda.remove(from);
        agenda.add(to, r);
        agenda.forEach(this::save);
    }

    /** Starts the item's timer, or stops it when running; the actual times go to the minutes. */
    void toggleTimer(AgendaRow r) {
        if (r.started.get() != null && r.ended.get() == null) {
            r.ended.set(Instant.now());
        } else {
            agenda.stream().filter(o -> o != r && o.started.get() != null && o.ended.get() == null)
                    .forEach(o -> o.ended.set(Instant.now()));
            r.ended.set(null);
            r.started.set(Instant.now());
            currentAgenda.set(r);
        }
    }

    // ---- delete and undo ----

    /**
     * Deletes the row from the screen and, on the worker, from the database if nobody changed it meanwhile (else the
     * user is asked: delete anyway runs the delete again over the version now stored, keep theirs puts the row back).
     * A directive's action items go with it.
     */
    <R> void delete(EditorPart part, ObservableList<R> list, R row, UUID id, String what, List<UUID> alsoActions) {
        int index = list.indexOf(row);
        list.remove(row);
        autosaver.forget(part.name().toLowerCase(java.util.Locale.ROOT) + ":" + id);
        Runnable scheduleDelete = () -> {
            Runnable remove = versions.partWrite(id, v -> service.deleteExpecting(part, id, v));
            autosaver.put("delete:" + id, () -> {
                remove.run();
                alsoActions.forEach(a -> versions.part(a, service.deleteAndVersion(EditorPart.ACTION, a)));
            });
        };
        saversByKey.put("delete:" + id, scheduleDelete);
        putBack.put(id, () -> list.add(Math.min(index, list.size()), row));
        scheduleDelete.run();
        undo.set(new Undo(id, what, () -> {
            putBack.remove(id);
            list.add(Math.min(index, list.size()), row);
            autosaver.put("delete:" + id, () -> {
                versions.part(id, service.restoreAndVersion(part, id));
                alsoActions.forEach(a -> versions.part(a, service.restoreAndVersion(EditorPart.ACTION, a)));
            });
            save(row);
            undo.set(null);
        }));
    }

    void undoLastDelete() {
        if (undo.get() != null) {
            undo.get().action().run();
        }
    }

    // ---- start from a previous meeting ----

    void previousMeetings(Consumer<List<MeetingSummary>> then) {
        tasks.run(meetings::list, all -> then.accept(all.stream().filter(m -> !m.id().equals(meetingId)).toList()),
                onError::accept);
    }

    void startFrom(UUID previousId) {
        changeStored(() -> service.startFromPrevious(previousId, meetingId));
    }

    /** Saves what is queued, then runs a change of the stored meeting on the worker and shows the result. */
    void changeStored(Runnable change) {
        autosaver.flush(() -> tasks.run(() -> {
            change.run();
            return loadWithVersions(meetingId);
        }, this::show, onError::accept));
    }

    public Autosaver autosaver() {
        return autosaver;
    }
}

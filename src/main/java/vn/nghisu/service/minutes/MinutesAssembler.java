package vn.nghisu.service.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.MeetingDetail;
import vn.nghisu.domain.MinutesSection;
import vn.nghisu.minutes.ActionEntry;
import vn.nghisu.minutes.AgendaEntry;
import vn.nghisu.minutes.AttendingUnit;
import vn.nghisu.minutes.Delegate;
import vn.nghisu.minutes.ExtraSection;
import vn.nghisu.minutes.MinutesDocument;
import vn.nghisu.minutes.MinutesHeader;
import vn.nghisu.minutes.Presence;
import vn.nghisu.minutes.RaisedIssue;
import vn.nghisu.minutes.Signer;
import vn.nghisu.minutes.Statement;

/** Turns a meeting as stored (ids) into the minutes document as printed (names), in the meeting's order. */
public final class MinutesAssembler {
    static final String OTHER_STATEMENTS = "Ý kiến khác";

    private final NameBook names;

    public MinutesAssembler(NameBook names) {
        this.names = names;
    }

    public MinutesDocument assemble(MeetingDetail detail, List<MinutesSection> sections) {
        Meeting m = detail.meeting();
        return new MinutesDocument(new MinutesHeader("", "", "", "", m.date()), "", m.title(), m.date(), m.start(),
                m.end(), m.place(), attendance(detail.attendance()),
                new Signer(names.person(m.chairId()), names.titleWithUnit(m.chairId())),
                new Signer(names.person(m.secretaryId()), names.titleWithUnit(m.secretaryId())),
                agenda(detail), detail.issues().stream().map(i -> new RaisedIssue(i.title(), names.category(i.categoryId()),
                        names.unit(i.raisedByUnitId()))).toList(),
                ConclusionsAssembly.of(detail.directives(), detail.actionItems(), this::action),
                sections.stream().map(s -> new ExtraSection(s.heading(), s.body())).toList(),
                m.closingNote(), m.end(), "");
    }

    private List<AttendingUnit> attendance(List<Attendance> rows) {
        Map<UUID, List<Delegate>> byUnit = new LinkedHashMap<>();
        for (Attendance a : rows) {
            List<Delegate> delegates = byUnit.computeIfAbsent(a.unitId(), id -> new ArrayList<>());
            if (a.personId() != null) {
                delegates.add(new Delegate(names.person(a.personId()), names.title(a.personId()),
                        Presence.valueOf(a.presence().name()), a.reason()));
            }
        }
        return byUnit.entrySet().stream().map(e -> new AttendingUnit(names.unit(e.getKey()), e.getValue())).toList();
    }

    private List<AgendaEntry> agenda(MeetingDetail detail) {
        List<AgendaEntry> entries = new ArrayList<>();
        for (AgendaItem item : detail.agenda()) {
            entries.add(new AgendaEntry(item.title(), statementsUnder(detail, item.id()), item.notes()));
        }
        List<Statement> loose = statementsUnder(detail, null);
        if (!loose.isEmpty()) {
            entries.add(new AgendaEntry(OTHER_STATEMENTS, loose, ""));
        }
        return entries;
    }

    private List<Statement> statementsUnder(MeetingDetail detail, UUID agendaItemId) {
        return detail.statements().stream().filter(s -> Objects.equals(s.agendaItemId(), agendaItemId))
                .map(s -> new Statement(names.person(s.speakerId()), s.summary())).toList();
    }

    private ActionEntry action(ActionItem item) {
        String owner = item.ownerUnitId() != null ? names.unit(item.ownerUnitId())
                : names.subCommittee(item.ownerSubCommitteeId());
        return new ActionEntry(item.title(), owner, item.coordinatingUnitIds().stream().map(names::unit).toList(),
                item.deadline());
    }
}

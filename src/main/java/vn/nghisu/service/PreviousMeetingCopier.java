package vn.nghisu.service;

import java.util.List;
import java.util.UUID;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.domain.Attendance;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.Presence;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.store.Repositories;

/**
 * Copies agenda, attendance and working group of an earlier meeting into another, the usual case for a
 * series of district visits. What happened (times, notes, absences) is not copied: it belongs to the old one.
 */
final class PreviousMeetingCopier {
    private final Repositories r;

    PreviousMeetingCopier(Repositories r) {
        this.r = r;
    }

    void copy(UUID previousId, UUID targetId) {
        Meeting previous = r.meetings().find(previousId).orElseThrow(() -> new ValidationException("editor.notFound"));
        Meeting target = r.meetings().find(targetId).orElseThrow(() -> new ValidationException("editor.notFound"));
        r.meetings().save(new Meeting(target.id(), target.title(), target.kindId(), target.date(), target.start(),
                target.end(), target.place(), target.hostUnitId(), previous.workingGroupId(), target.chairId(),
                target.secretaryId(), target.status(), target.closingNote()));
        List<AgendaItem> agenda = r.parts().agenda(targetId);
        int position = agenda.isEmpty() ? 0 : agenda.get(agenda.size() - 1).position() + 1;
        for (AgendaItem a : r.parts().agenda(previousId)) {
            r.parts().save(new AgendaItem(null, targetId, position++, a.title(), a.presenterId(), a.plannedMinutes(),
                    null, null, null));
        }
        List<Attendance> present = r.parts().attendance(targetId);
        int row = present.size();
        for (Attendance a : r.parts().attendance(previousId)) {
            boolean already = present.stream().anyMatch(p -> p.unitId().equals(a.unitId())
                    && java.util.Objects.equals(p.personId(), a.personId()));
            if (!already) {
                r.parts().save(new Attendance(null, targetId, a.unitId(), a.personId(), Presence.PRESENT, null, row++));
            }
        }
    }
}

package vn.nghisu.minutes;

import java.util.List;

/** A unit (đơn vị) attending the meeting and its delegates. */
public record AttendingUnit(String name, List<Delegate> delegates) {

    public AttendingUnit {
        name = Nfc.of(name);
        delegates = Nfc.list(delegates);
    }

    public long count(Presence presence) {
        return delegates.stream().filter(d -> d.presence() == presence).count();
    }
}

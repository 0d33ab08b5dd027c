package vn.nghisu.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.nghisu.minutes.Block.Row;
import vn.nghisu.minutes.Block.Table;

/** The attendance table grouped by unit, and the sentence counting who was present and who was not. */
final class AttendanceTable {

    private AttendanceTable() {
    }

    static Table of(List<AttendingUnit> units) {
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (AttendingUnit unit : units) {
            rows.add(new Row(List.of(unit.name()), true));
            for (Delegate delegate : unit.delegates()) {
                rows.add(Row.of(String.valueOf(number++), delegate.name(), delegate.title(), presence(delegate)));
            }
        }
        return new Table(new float[] {1.1f, 5f, 5.5f, 3.6f},
                List.of("STT", "Họ và tên", "Chức vụ", "Tình hình dự"), rows, new int[] {0});
    }

    static String summary(MinutesDocument doc) {
        List<Delegate> all = doc.attendance().stream().flatMap(unit -> unit.delegates().stream()).toList();
        StringBuilder text = new StringBuilder("Tổng số đại biểu được mời: " + all.size()
                + "; có mặt: " + doc.count(Presence.PRESENT)
                + "; vắng có lý do: " + doc.count(Presence.EXCUSED));
        text.append(names(all, Presence.EXCUSED));
        text.append("; vắng không có lý do: ").append(doc.count(Presence.ABSENT));
        text.append(names(all, Presence.ABSENT));
        return text.append('.').toString();
    }

    private static String names(List<Delegate> all, Presence presence) {
        List<Delegate> matching = all.stream().filter(d -> d.presence() == presence).toList();
        if (matching.isEmpty()) {
            return "";
        }
        return matching.stream()
                .map(d -> "đồng chí " + d.name() + (d.reason().isBlank() ? "" : " - " + d.reason()))
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private static String presence(Delegate delegate) {
        String reason = delegate.reason().isBlank() ? "" : " (" + delegate.reason() + ")";
        return switch (delegate.presence()) {
            case PRESENT -> "Có mặt";
            case EXCUSED -> "Vắng có lý do" + reason;
            case ABSENT -> "Vắng" + reason;
        };
    }
}

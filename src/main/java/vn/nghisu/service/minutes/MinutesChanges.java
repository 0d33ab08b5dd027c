package vn.nghisu.service.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.nghisu.minutes.AgendaEntry;
import vn.nghisu.minutes.MinutesDocument;

/** A short Vietnamese summary of what changed between two versions, e.g. "thêm 1 ý kiến, sửa kết luận 2". */
public final class MinutesChanges {
    public static final String FIRST = "bản đầu tiên";
    public static final String NONE = "không thay đổi";

    private MinutesChanges() {
    }

    public static String summary(MinutesDocument before, MinutesDocument after) {
        if (before == null) {
            return FIRST;
        }
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(general(before), general(after))) {
            parts.add("sửa thông tin chung");
        }
        counted(parts, "đại biểu", before.attendance().stream().flatMap(u -> u.delegates().stream()).toList(),
                after.attendance().stream().flatMap(u -> u.delegates().stream()).toList());
        numbered(parts, "nội dung", before.agenda().stream().map(AgendaEntry::title).toList(),
                after.agenda().stream().map(AgendaEntry::title).toList());
        counted(parts, "ý kiến", before.agenda().stream().flatMap(a -> a.statements().stream()).toList(),
                after.agenda().stream().flatMap(a -> a.statements().stream()).toList());
        counted(parts, "khó khăn", before.issues(), after.issues());
        numbered(parts, "kết luận", before.conclusions(), after.conclusions());
        numbered(parts, "mục bổ sung", before.extraSections(), after.extraSections());
        if (!before.closing().equals(after.closing()) || !Objects.equals(before.closingTime(), after.closingTime())) {
            parts.add("sửa phần kết thúc");
        }
        return parts.isEmpty() ? NONE : String.join(", ", parts);
    }

    private static List<Object> general(MinutesDocument d) {
        return List.of(d.header(), d.title(), d.subject(), String.valueOf(d.date()), String.valueOf(d.startTime()),
                String.valueOf(d.endTime()), d.place(), d.chair(), d.secretary());
    }

    /** Items without their own number: "thêm 2 ý kiến", "bớt 1 ý kiến", "sửa 1 ý kiến". */
    private static void counted(List<String> parts, String noun, List<?> before, List<?> after) {
        int changed = 0;
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed++;
            }
        }
        sizes(parts, noun, before.size(), after.size());
        if (changed > 0) {
            parts.add("sửa " + changed + " " + noun);
        }
    }

    /** Items the reader knows by number: "sửa kết luận 2", "thêm kết luận 5". */
    private static void numbered(List<String> parts, String noun, List<?> before, List<?> after) {
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            if (!before.get(i).equals(after.get(i))) {
                parts.add("sửa " + noun + " " + (i + 1));
            }
        }
        sizes(parts, noun, before.size(), after.size());
    }

    private static void sizes(List<String> parts, String noun, int before, int after) {
        if (after > before) {
            parts.add("thêm " + (after - before) + " " + noun);
        } else if (after < before) {
            parts.add("bớt " + (before - after) + " " + noun);
        }
    }
}

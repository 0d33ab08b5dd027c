package vn.nghisu.store;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which backups to delete: keep the newest ten, and the first one of each of the last twelve months. */
public final class BackupRotation {
    static final int KEEP_LATEST = 10;
    static final int KEEP_MONTHS = 12;

    private BackupRotation() {
    }

    public static List<LocalDateTime> toDelete(List<LocalDateTime> taken, LocalDateTime now) {
        List<LocalDateTime> newestFirst = new ArrayList<>(taken);
        newestFirst.sort(Comparator.reverseOrder());
        Set<LocalDateTime> keep = new HashSet<>(newestFirst.subList(0, Math.min(KEEP_LATEST, newestFirst.size())));
        YearMonth oldestMonth = YearMonth.from(now).minusMonths(KEEP_MONTHS - 1L);
        Set<YearMonth> monthsKept = new HashSet<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            LocalDateTime t = newestFirst.get(i);
            YearMonth month = YearMonth.from(t);
            if (!month.isBefore(oldestMonth) && monthsKept.add(month)) {
                keep.add(t);
            }
        }
        return newestFirst.stream().filter(t -> !keep.contains(t)).toList();
    }
}

package vn.nghisu.minutes;

import java.util.ArrayList;
import java.util.List;
import vn.nghisu.minutes.Block.Row;
import vn.nghisu.minutes.Block.Table;

/** The table of difficulties raised: what, in which category, raised by which unit. */
final class IssueTable {

    private IssueTable() {
    }

    static Table of(List<RaisedIssue> issues) {
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (RaisedIssue issue : issues) {
            rows.add(Row.of(String.valueOf(number++), issue.title(), issue.category(), issue.raisedBy()));
        }
        return new Table(new float[] {1.1f, 7.4f, 3.6f, 3.6f},
                List.of("STT", "Khó khăn, vướng mắc", "Lĩnh vực", "Đơn vị nêu"), rows, new int[] {0});
    }
}

package vn.nghisu.minutes;

import java.util.ArrayList;
import java.util.List;
import vn.nghisu.minutes.Block.Para;
import vn.nghisu.minutes.Block.Row;
import vn.nghisu.minutes.Block.Span;
import vn.nghisu.minutes.Block.Table;

/** The chair's conclusions, each followed by the table of tasks it gives. */
final class ConclusionBlocks {

    private ConclusionBlocks() {
    }

    static void add(MinutesDocument doc, List<Block> blocks) {
        if (doc.conclusions().isEmpty()) {
            return;
        }
        blocks.add(Para.of(Span.bold("Kết luận, chỉ đạo và phân công thực hiện:")));
        int number = 1;
        for (Conclusion conclusion : doc.conclusions()) {
            if (!conclusion.text().isBlank()) {
                blocks.add(Para.of(Span.plain(number++ + ". " + conclusion.text())));
            }
            if (!conclusion.actions().isEmpty()) {
                blocks.add(actions(conclusion.actions()));
            }
        }
    }

    static Table actions(List<ActionEntry> actions) {
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (ActionEntry action : actions) {
            rows.add(Row.of(String.valueOf(number++), action.title(), action.owner(),
                    String.join("; ", action.coordinatingUnits()), VietnameseDates.shortDate(action.deadline())));
        }
        return new Table(new float[] {1.1f, 6.2f, 3.4f, 3.4f, 2.6f},
                List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"), rows, new int[] {0, 4});
    }
}

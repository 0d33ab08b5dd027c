package vn.nghisu.service.followup.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.minutes.Block;
import vn.nghisu.minutes.Block.Para;
import vn.nghisu.minutes.Block.Row;
import vn.nghisu.minutes.Block.Span;
import vn.nghisu.minutes.Block.Table;
import vn.nghisu.service.followup.ReportDates;
import vn.nghisu.service.followup.UpwardReport;
import vn.nghisu.service.followup.export.FollowUpTables;

/** The bodies of the report upward and of an action plan, as blocks the minutes renderers print. */
final class ReportBlocks {
    private static final String NONE = "Không có.";

    private ReportBlocks() {
    }

    static List<Block> upward(UpwardReport r) {
        List<Block> b = new ArrayList<>();
        b.add(new Para(List.of(Span.plain("Kính gửi: "), Span.bold(r.bodyName())), Block.Align.CENTER, false, 6));
        b.add(Para.of(Span.bold("I. Khó khăn, vướng mắc đã kiến nghị " + r.bodyName())));
        b.add(issues(r.escalated()));
        b.add(Para.of(Span.bold("II. Khó khăn, vướng mắc đang được giải quyết")));
        b.add(issues(r.open()));
        b.add(Para.of(Span.bold("III. Tình hình thực hiện nhiệm vụ")));
        b.add(Para.of(Span.plain("Trong kỳ có " + r.actionTotal() + " nhiệm vụ đến hạn: hoàn thành "
                + r.actionCounts().get(ActionStatus.DONE) + ", đang thực hiện "
                + r.actionCounts().get(ActionStatus.IN_PROGRESS) + ", chưa thực hiện "
                + r.actionCounts().get(ActionStatus.NOT_STARTED) + ", hủy " + r.actionCounts().get(ActionStatus.CANCELLED)
                + "; quá hạn " + r.overdueItems().size() + ".")));
        if (!r.overdueItems().isEmpty()) {
            b.add(Para.of(Span.bold("Các nhiệm vụ quá hạn:")));
            b.add(overdue(r.overdueItems(), r.generatedOn()));
        }
        b.add(new Block.Signatures("", "", "T/M TỔ CÔNG TÁC", ""));
        return b;
    }

    static List<Block> plan(ActionPlan plan, String ownerName, List<ActionItemRow> items) {
        List<Block> b = new ArrayList<>();
        if (ownerName != null) {
            b.add(Para.of(Span.bold("Đơn vị thực hiện: "), Span.plain(ownerName)));
        }
        if (plan.periodFrom() != null || plan.periodTo() != null) {
            b.add(Para.of(Span.bold("Thời gian thực hiện: "), Span.plain("từ ngày " + ReportDates.format(plan.periodFrom())
                    + " đến ngày " + ReportDates.format(plan.periodTo()))));
        }
        b.add(Para.of(Span.bold("Tình trạng: "), Span.plain(plan.status().name().equals("APPROVED")
                ? "Đã phê duyệt" : "Dự thảo")));
        b.add(Para.of(Span.bold("Các nhiệm vụ:")));
        List<Row> rows = new ArrayList<>();
        int n = 1;
        for (ActionItemRow i : items) {
            rows.add(Row.of(String.valueOf(n++), i.title(), nz(i.ownerName()), nz(i.leadName()),
                    ReportDates.format(i.deadline()), FollowUpTables.label(i.status())));
        }
        b.add(rows.isEmpty() ? Para.of(Span.plain(NONE)) : new Table(new float[] {1, 8, 4, 3, 2.5f, 3},
                List.of("STT", "Nhiệm vụ", "Chủ trì", "Người phụ trách", "Thời hạn", "Tình trạng"), rows,
                new int[] {0, 4}));
        return b;
    }

    private static Block issues(List<IssueRow> issues) {
        if (issues.isEmpty()) {
            return Para.of(Span.plain(NONE));
        }
        List<Row> rows = new ArrayList<>();
        int n = 1;
        for (IssueRow i : issues) {
            rows.add(Row.of(String.valueOf(n++), i.title(), nz(i.categoryName()), nz(i.raisedByName()),
                    ReportDates.format(i.meetingDate())));
        }
        return new Table(new float[] {1, 9, 4, 4, 2.5f}, List.of("STT", "Nội dung", "Lĩnh vực", "Đơn vị nêu", "Ngày"),
                rows, new int[] {0, 4});
    }

    private static Block overdue(List<ActionItemRow> items, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        int n = 1;
        for (ActionItemRow i : items) {
            rows.add(Row.of(String.valueOf(n++), i.title(), nz(i.ownerName()), ReportDates.format(i.deadline()),
                    String.valueOf(ChronoUnit.DAYS.between(i.deadline(), today))));
        }
        return new Table(new float[] {1, 9, 5, 2.5f, 2}, List.of("STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Số ngày"),
                rows, new int[] {0, 3, 4});
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

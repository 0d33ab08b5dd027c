package vn.nghisu.service.followup.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.domain.IssueStatus;

/** The columns of exported action-item and issue lists, with Vietnamese headers and status names. */
public final class FollowUpTables {
    public static final List<String> ACTION_HEADERS = List.of("Nhiệm vụ", "Đơn vị / Tiểu ban chủ trì",
            "Người phụ trách", "Thời hạn", "Trạng thái", "Quá hạn", "Cuộc họp");
    public static final List<String> ISSUE_HEADERS = List.of("Nội dung", "Lĩnh vực", "Đơn vị nêu", "Trạng thái",
            "Kiến nghị đến", "Cuộc họp", "Ngày họp");

    private FollowUpTables() {
    }

    public static String label(ActionStatus s) {
        return switch (s) {
            case NOT_STARTED -> "Chưa thực hiện";
            case IN_PROGRESS -> "Đang thực hiện";
            case DONE -> "Hoàn thành";
            case CANCELLED -> "Hủy";
        };
    }

    public static String label(IssueStatus s) {
        return switch (s) {
            case NEW -> "Mới";
            case IN_PROGRESS -> "Đang xử lý";
            case RESOLVED -> "Đã giải quyết";
            case ESCALATED -> "Kiến nghị cấp trên";
        };
    }

    /** One row per item: texts, and the deadline as a date (none: null). */
    public static List<List<Object>> actionRows(List<ActionItemRow> rows, LocalDate today) {
        return rows.stream().map(r -> Arrays.<Object>asList(r.title(), nz(r.ownerName()), nz(r.leadName()),
                r.deadline(), label(r.status()), r.isOverdue(today) ? "Quá hạn" : "", nz(r.meetingTitle()))).toList();
    }

    public static List<List<Object>> issueRows(List<IssueRow> rows) {
        return rows.stream().map(r -> Arrays.<Object>asList(r.title(), nz(r.categoryName()), nz(r.raisedByName()),
                label(r.status()), nz(r.escalatedToName()), nz(r.meetingTitle()), r.meetingDate())).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package vn.nghisu.domain;

/** Issue life cycle: Mới → Đang xử lý → Đã giải quyết, or Kiến nghị cấp trên (escalated). */
public enum IssueStatus {
    NEW, IN_PROGRESS, RESOLVED, ESCALATED;

    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS || this == ESCALATED;
    }
}

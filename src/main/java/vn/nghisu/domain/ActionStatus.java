package vn.nghisu.domain;

/** Action item life cycle: Chưa thực hiện → Đang thực hiện → Hoàn thành, or Hủy. Overdue is derived. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}

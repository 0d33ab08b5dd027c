package vn.nghisu.domain;

/** Life of a meeting record: being drafted, held, closed (minutes finalized). */
public enum MeetingStatus {
    DRAFT, HELD, CLOSED
}

package vn.nghisu.domain;

/** Action plan approval state. */
public enum PlanStatus {
    DRAFT, APPROVED
}

package vn.nghisu.domain;

/** What the issue register can be grouped by. */
public enum IssueGroupBy {
    CATEGORY, UNIT, STATUS
}

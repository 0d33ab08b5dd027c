package vn.nghisu.domain;

/** The kinds of record the search box finds, in the order their groups are shown. */
public enum SearchKind {
    MEETING, ACTION, ISSUE, DIRECTIVE, STATEMENT, UNIT, PERSON
}

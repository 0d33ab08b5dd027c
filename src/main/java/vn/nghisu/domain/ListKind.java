package vn.nghisu.domain;

/** The editable lists of DESIGN.md: data with Vietnamese defaults, never enums in the UI. */
public enum ListKind {
    UNIT_KIND, MEETING_KIND, ISSUE_CATEGORY, ESCALATION_BODY
}

package vn.nghisu.service;

/** The kinds of records the meeting editor can delete (softly) and bring back with undo. */
public enum EditorPart {
    ATTENDANCE, AGENDA, STATEMENT, ISSUE, DIRECTIVE, ACTION
}

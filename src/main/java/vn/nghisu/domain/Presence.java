package vn.nghisu.domain;

/** Whether a delegate attended: present, excused (with a reason) or absent. */
public enum Presence {
    PRESENT, EXCUSED, ABSENT
}

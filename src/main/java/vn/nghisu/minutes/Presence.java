package vn.nghisu.minutes;

/** Whether a delegate attended: present, absent with leave (excused), or absent without it. */
public enum Presence {
    PRESENT,
    EXCUSED,
    ABSENT
}

package vn.nghisu.minutes;

/** Which formatting rules a profile follows: state bodies (Nghị định 30/2020) or Party bodies (Hướng dẫn 36-HD/VPTW). */
public enum ProfileKind {
    STATE,
    PARTY
}

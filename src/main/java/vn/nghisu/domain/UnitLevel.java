package vn.nghisu.domain;

/** Administrative level of a unit: a fixed scale, unlike unit kinds which are editable data. */
public enum UnitLevel {
    TRUNG_UONG, TINH, HUYEN, XA, KHAC
}

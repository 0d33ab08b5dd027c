package vn.nghisu.store;

/** One column of an exchangeable table as a package sees it: its name, JSON kind, length limit, nullability. */
public record ExchangeColumn(String name, Kind kind, int maxLength, boolean nullable) {

    /** How a column's value is written in JSON: UUIDs, dates, times and instants as ISO strings. */
    public enum Kind { UUID, TEXT, INT, BIGINT, DATE, TIME, TIMESTAMP }
}

package vn.nghisu.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Column values to and from their package (JSON) form: ISO strings for UUIDs, dates, times and UTC instants. */
final class ExchangeValues {
    private ExchangeValues() {
    }

    static Object toJson(Object value) {
        if (value instanceof UUID || value instanceof LocalDate) {
            return value.toString();
        } else if (value instanceof LocalTime time) {
            return time.format(DateTimeFormatter.ISO_LOCAL_TIME);
        } else if (value instanceof OffsetDateTime at) {
            // PostgreSQL answers in the session's zone and H2 in the stored one: UTC makes both compare equal.
            return at.toInstant().toString();
        }
        return value;
    }

    /** The column value for a JSON value the validator has already checked; throws IllegalArgumentException if not. */
    static Object fromJson(ExchangeColumn.Kind kind, Object value) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case UUID -> UUID.fromString((String) value);
            case DATE -> LocalDate.parse((String) value);
            case TIME -> LocalTime.parse((String) value);
            case TIMESTAMP -> Instant.parse((String) value).atOffset(ZoneOffset.UTC);
            case INT -> ((Number) value).intValue();
            case BIGINT -> ((Number) value).longValue();
            case TEXT -> (String) value;
        };
    }
}

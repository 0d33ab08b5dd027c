package vn.nghisu.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-checked fast paths give exactly what java.time and java.util.UUID would. */
class CanonicalTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29T23:00:00Z", "2026-11-29T23:00:00.123Z", "2026-11-29T23:00:00.123456Z",
        "2026-11-29T23:00:00.123456789Z", "2026-11-29T23:00:00.100Z", "2026-11-29T23:00:00.000Z",
        "2026-11-29T23:00:00.123000Z", "2026-11-29T23:00:00.5Z", "2024-02-29T00:00:00Z",
        "2026-11-29T23:00:00+07:00", "0001-01-01T00:00:00Z"})
    void instantsComeOutAsInstantToStringWritesThem(String text) {
        assertEquals(Instant.parse(text).toString(), CanonicalText.instant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
        "2026-11-29T25:00:00Z", "2026-11-29T23:61:00Z", "2026-11-29 23:00:00Z", "2026-11-29T23:00:00", "2026-1x-29T23:00:00Z"})
    void impossibleInstantsAreRefused(String text) {
        assertThrows(DateTimeException.class, () -> CanonicalText.instant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E"})
    void uuidsComeOutAsUuidToStringWritesThem(String text) {
        assertEquals(UUID.fromString(text).toString(), CanonicalText.uuid(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5bd9cb-469f-a165-70867728950e0",
        "0f8fad5b-d9cb-469f-a165-70867728950g", "0f8fad5b-d9cb-469f-a165-7086772895٣e", ""})
    void malformedUuidsAreRefused(String text) {
        assertNull(CanonicalText.uuid(text));
    }
}

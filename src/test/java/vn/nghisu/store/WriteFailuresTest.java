package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nghisu.store.WriteFailedException.Reason;

class WriteFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new DataAccessException("write", new SQLException("IO Exception",
                        new IOException("No space left on device"))), Reason.DISK_FULL, "error.write.diskFull"),
                Arguments.of(new UncheckedIOException(new IOException("There is not enough space on the disk")),
                        Reason.DISK_FULL, "error.write.diskFull"),
                Arguments.of(new UncheckedIOException(new AccessDeniedException("/data/nghisu.mv.db")), Reason.READ_ONLY,
                        "error.write.readOnly"),
                Arguments.of(new DataAccessException("x", new SQLException("read only", "HY000",
                        ErrorCode.DATABASE_IS_READ_ONLY)), Reason.READ_ONLY, "error.write.readOnly"),
                Arguments.of(new UncheckedIOException(new IOException("Read-only file system")), Reason.READ_ONLY,
                        "error.write.readOnly"),
                Arguments.of(new IllegalStateException("disk went away"), Reason.IO, "error.write.failed"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void fullDiskAndReadOnlyFolderAreRecognizedAnywhereInTheCauseChain(RuntimeException failure, Reason reason,
            String key) {
        StoreException translated = WriteFailures.translate(failure, "saving");
        assertEquals(reason, ((WriteFailedException) translated).reason());
        assertEquals(key, translated.key());
        assertSame(failure, translated.getCause());
    }
}

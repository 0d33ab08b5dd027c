package vn.nghisu.minutes;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file all-or-nothing: temp file beside the target, fsync, then an atomic rename over it. */
public final class AtomicFileWriter {

    /** Produces the file's bytes; may throw, in which case the target is left as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int BUFFER = 64 * 1024;

    private AtomicFileWriter() {
    }

    public static void write(Path target, Content content) throws ExportFailedException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
            keepPermissions(temp, absolute);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
                content.writeTo(new KeepOpen(out));
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, absolute);
            syncFolder(folder);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw new ExportFailedException(WriteFailures.describe(absolute, e), e);
        }
    }

    /** Temp files are created private (0600); an export should keep the old file's access, or be readable. */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable on POSIX; Windows cannot open folders, and NTFS journals renames. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // best effort only: the file content is already synced and in place
        }
    }

    private static void deleteQuietly(Path temp, Exception cause) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Writers such as Jackson close the stream they are given; the channel must stay open to be synced. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static boolean isMissingFolder(Exception e) {
        return e instanceof NoSuchFileException;
    }

    static boolean isDenied(Exception e) {
        return e instanceof AccessDeniedException;
    }
}

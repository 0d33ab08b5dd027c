package vn.nghisu.minutes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Prints a minutes document laid out by a profile into one file format. */
public interface MinutesRenderer {

    /** Writes the whole document to {@code out}; the stream is left open. */
    void render(MinutesDocument doc, DocumentProfile profile, OutputStream out) throws IOException;

    /** The usual file name extension, without the dot. */
    String extension();

    /** Renders into {@code target} atomically: on any failure the previous file stays as it was. */
    default void export(MinutesDocument doc, DocumentProfile profile, Path target) throws ExportFailedException {
        AtomicFileWriter.write(target, out -> render(doc, profile, out));
    }
}

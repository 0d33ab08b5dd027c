package vn.nghisu.ui.minutes;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hands the minutes PDF to the operating system's viewer; runs on the background worker (it writes a file). */
final class SystemViewer {

    private SystemViewer() {
    }

    /** Whether this machine can open files in another application (not on a headless or bare X session). */
    static boolean canOpen() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    /** Writes the PDF to a temporary file and opens it; false when the system offers no viewer. */
    static boolean open(byte[] pdf) throws IOException {
        if (!canOpen()) {
            return false;
        }
        Path file = Files.createTempFile("bien-ban-", ".pdf");
        Files.write(file, pdf);
        file.toFile().deleteOnExit();
        Desktop.getDesktop().open(file.toFile());
        return true;
    }
}

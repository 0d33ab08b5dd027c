package vn.nghisu.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.nghisu.ui.Messages;

/** Where package files come from: the system file chooser in the window, fixed paths in tests. */
interface PackageFiles {
    /** The file to write, or null when the user cancels. */
    Path saveAs(Window owner, String initialName);

    /** The package to read, or null when the user cancels. */
    Path open(Window owner);

    static PackageFiles chooser(Messages m) {
        return new PackageFiles() {
            @Override
            public Path saveAs(Window owner, String initialName) {
                FileChooser chooser = chooser(m, "exchange.export.title");
                chooser.setInitialFileName(initialName);
                return path(chooser.showSaveDialog(owner));
            }

            @Override
            public Path open(Window owner) {
                return path(chooser(m, "exchange.import.title").showOpenDialog(owner));
            }
        };
    }

    private static FileChooser chooser(Messages m, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Nghị Sự (*.nghisu)", "*.nghisu"));
        return chooser;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}

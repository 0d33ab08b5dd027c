package vn.nghisu.app;

import java.nio.file.Path;
import vn.nghisu.ui.ShellView;
import vn.nghisu.ui.UiContext;
import vn.nghisu.ui.exchange.ExchangeBar;

/** What the window does with the `.nghisu` package it was started with (a double-click in the file manager). */
@FunctionalInterface
public interface PackageFileHandler {
    /** Called on the JavaFX thread once the shell is installed; heavy work belongs on {@code ctx.tasks()}. */
    void open(Path file, UiContext ctx, ShellView shell);

    /** Opens the meetings section and the package's import preview (check, then apply only when asked). */
    static PackageFileHandler previewImport() {
        return (file, ctx, shell) -> {
            shell.select("meetings");
            if (!ExchangeBar.previewIn(shell, file)) {
                noteInStatus().open(file, ctx, shell);
            }
        };
    }

    /** Names the file in the status bar, so the user sees it arrived. */
    static PackageFileHandler noteInStatus() {
        return (file, ctx, shell) -> shell.status().setText(ctx.messages().format("startup.packageFile",
                String.valueOf(file.getFileName())));
    }
}

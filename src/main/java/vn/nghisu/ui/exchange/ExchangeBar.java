package vn.nghisu.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.nghisu.exchange.ExchangeException;
import vn.nghisu.exchange.ExchangeService;
import vn.nghisu.exchange.ExportRequest;
import vn.nghisu.exchange.ImportReport;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.UiContext;

/** The export and import actions above the meetings list: files chosen on the FX thread, work on the worker. */
public final class ExchangeBar extends HBox {
    private final UiContext ctx;
    private final Runnable afterImport;
    private final ProgressBar progress = new ProgressBar();

    private ExchangeBar(UiContext ctx, Runnable afterImport) {
        this.ctx = ctx;
        this.afterImport = afterImport;
        createView();
    }

    /** The view with the bar on top of it. */
    public static Node around(Node view, UiContext ctx, Runnable afterImport) {
        VBox box = new VBox(new ExchangeBar(ctx, afterImport), view);
        VBox.setVgrow(view, Priority.ALWAYS);
        return box;
    }

    private void createView() {
        setSpacing(8);
        setPadding(new Insets(8, 16, 0, 16));
        Button export = button("exchange-export", "exchange.export", Feather.UPLOAD);
        export.setOnAction(e -> export());
        Button importing = button("exchange-import", "exchange.import", Feather.DOWNLOAD);
        importing.setOnAction(e -> chooseImport());
        progress.setId("exchange-progress");
        progress.setVisible(false);
        getChildren().addAll(export, importing, progress);
    }

    private Button button(String id, String key, Feather icon) {
        Button b = new Button(ctx.messages().get(key), new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(ctx.messages().get(key));
        return b;
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.messages().get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Nghị Sự (*.nghisu)", "*.nghisu"));
        return chooser;
    }

    private void export() {
        FileChooser chooser = chooser("exchange.export.title");
        chooser.setInitialFileName("nghisu-" + java.time.LocalDate.now() + ".nghisu");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        ExchangeService service = ctx.services().exchange();
        progress.setProgress(0);
        progress.setVisible(true);
        ctx.tasks().run(() -> service.export(ExportRequest.all(), file.toPath(),
                        p -> Platform.runLater(() -> progress.setProgress(p))),
                r -> {
                    progress.setVisible(false);
                    info(ctx.messages().format("exchange.export.done", r.meetings(), r.rows(), r.file()));
                }, this::failed);
    }

    private void chooseImport() {
        File file = chooser("exchange.import.title").showOpenDialog(getScene().getWindow());
        if (file != null) {
            preview(file.toPath());
        }
    }

    /** Validates and previews on the worker; the dialog then offers to apply or to save the conflict report. */
    void preview(Path file) {
        ExchangeService service = ctx.services().exchange();
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setVisible(true);
        ctx.tasks().run(() -> service.preview(file), report -> {
            progress.setVisible(false);
            new ImportPreviewDialog(ctx, report).showAndWait().filter(ImportPreviewDialog.APPLY::equals)
                    .ifPresent(b -> apply(file));
        }, this::failed);
    }

    private void apply(Path file) {
        ExchangeService service = ctx.services().exchange();
        ctx.tasks().run(() -> service.importPackage(file), (ImportReport r) -> {
            info(r.changesNothing() ? ctx.messages().get("exchange.import.nothing")
                    : ctx.messages().format("exchange.import.done", r.added(), r.updated(), r.unchanged()));
            afterImport.run();
        }, this::failed);
    }

    private void failed(Throwable error) {
        progress.setVisible(false);
        if (error instanceof ExchangeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.sentence(ctx.messages().locale()));
            alert.setHeaderText(null);
            alert.getDialogPane().setId("exchange-refused");
            alert.showAndWait();
        } else {
            ErrorDialog.show(ctx.messages(), error);
        }
    }

    private void info(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("exchange-info");
        alert.showAndWait();
    }
}

package vn.nghisu.ui.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.nghisu.exchange.ExchangeException;
import vn.nghisu.exchange.ExchangeService;
import vn.nghisu.exchange.ExportRequest;
import vn.nghisu.exchange.ExportResult;
import vn.nghisu.exchange.ImportReport;
import vn.nghisu.exchange.PackageContent;
import vn.nghisu.ui.DialogButtons;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.UiContext;

/** The export and import actions above the meetings list: choices on the FX thread, work on the worker. */
public final class ExchangeBar extends HBox {
    private final UiContext ctx;
    private final Runnable afterImport;
    private final Supplier<List<UUID>> selection;
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private PackageFiles files;

    private ExchangeBar(UiContext ctx, Runnable afterImport, Supplier<List<UUID>> selection) {
        this.ctx = ctx;
        this.afterImport = afterImport;
        this.selection = selection;
        this.files = PackageFiles.chooser(ctx.messages());
        createView();
    }

    /** The view with the bar on top of it; selection gives the meetings chosen in the view, for "export selected". */
    public static Node around(Node view, UiContext ctx, Runnable afterImport, Supplier<List<UUID>> selection) {
        VBox box = new VBox(new ExchangeBar(ctx, afterImport, selection), view);
        VBox.setVgrow(view, Priority.ALWAYS);
        return box;
    }

    private void createView() {
        setId("exchange-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 16, 0, 16));
        Button export = button("exchange-export", "exchange.export", Feather.UPLOAD);
        export.setOnAction(e -> chooseExport());
        Button importing = button("exchange-import", "exchange.import", Feather.DOWNLOAD);
        importing.setOnAction(e -> chooseImport());
        progress.setId("exchange-progress");
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        status.setId("exchange-status");
        status.getStyleClass().add("exchange-status");
        status.setMinWidth(0);
        status.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> status.getText().isEmpty() ? null : new javafx.scene.control.Tooltip(status.getText()),
                status.textProperty()));
        getChildren().addAll(export, importing, progress, status);
    }

    private Button button(String id, String key, Feather icon) {
        Button b = new Button(ctx.messages().get(key), new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(ctx.messages().get(key));
        b.setMinWidth(Region.USE_PREF_SIZE); // a long result line shortens itself, never the buttons
        return b;
    }

    /**
     * Opens the import preview of a package the window was started with (a double-click in the file manager);
     * false when no exchange bar is showing under the root.
     */
    public static boolean previewIn(Node root, Path file) {
        if (root.lookup("#exchange-bar") instanceof ExchangeBar bar) {
            bar.preview(file);
            return true;
        }
        return false;
    }

    /** Tests give fixed paths instead of the system file chooser. */
    void useFiles(PackageFiles fixed) {
        files = fixed;
    }

    private void chooseExport() {
        List<UUID> selected = selection.get();
        ExchangeService service = ctx.services().exchange();
        ctx.tasks().run(service::offices, offices -> new ExportDialog(ctx.messages(), selected, offices).showAndWait()
                .ifPresent(request -> {
                    Path file = files.saveAs(getScene().getWindow(), "nghisu-" + LocalDate.now() + ".nghisu");
                    if (file != null) {
                        export(request, file);
                    }
                }), this::failed);
    }

    private void export(ExportRequest request, Path file) {
        ExchangeService service = ctx.services().exchange();
        busy(0, "exchange.export.running");
        ctx.tasks().run(() -> service.export(request, file, p -> Platform.runLater(() -> progress.setProgress(p))),
                (ExportResult r) -> {
                    String text = r.meetings() == 0 ? ctx.messages().format("exchange.export.empty", r.file())
                            : ctx.messages().format("exchange.export.done", r.meetings(), r.rows(), r.file());
                    done(text);
                }, this::failed);
    }

    private void chooseImport() {
        Path file = files.open(getScene().getWindow());
        if (file != null) {
            preview(file);
        }
    }

    /** Validates and previews on the worker; the dialog then offers to apply or to save the conflict report. */
    void preview(Path file) {
        ExchangeService service = ctx.services().exchange();
        busy(ProgressBar.INDETERMINATE_PROGRESS, "exchange.import.checking");
        ctx.tasks().run(() -> {
            PackageContent content = service.read(file);
            return new Previewed(content, service.preview(content));
        }, previewed -> {
            progress.setVisible(false);
            status.setText("");
            new ImportPreviewDialog(ctx, previewed.report()).showAndWait().filter(ImportPreviewDialog.APPLY::equals)
                    .ifPresent(b -> apply(previewed.content()));
        }, this::failed);
    }

    /** The package as read and checked for the preview: what the user saw is what is imported. */
    private record Previewed(PackageContent content, ImportReport report) {
    }

    private void apply(PackageContent content) {
        ExchangeService service = ctx.services().exchange();
        busy(ProgressBar.INDETERMINATE_PROGRESS, "exchange.import.running");
        ctx.tasks().run(() -> {
            ImportReport report = service.importPackage(content);
            // thousands of new records: indexed for search on their own thread, not before the next save
            ctx.services().followUps().search().catchUpInBackground();
            return report;
        }, (ImportReport r) -> {
            afterImport.run();
            done(r.changesNothing() ? ctx.messages().get("exchange.import.nothing")
                    : ctx.messages().format("exchange.import.done", r.added(), r.updated(), r.unchanged()));
        }, this::failed);
    }

    private void busy(double value, String key) {
        progress.setProgress(value);
        progress.setVisible(true);
        status.setText(ctx.messages().get(key));
    }

    private void done(String text) {
        progress.setVisible(false);
        status.setText(text);
        Alert alert = DialogButtons.alert(ctx.messages(), Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("exchange-info");
        alert.showAndWait();
    }

    private void failed(Throwable error) {
        progress.setVisible(false);
        status.setText("");
        if (error instanceof ExchangeException e) {
            Alert alert = DialogButtons.alert(ctx.messages(), Alert.AlertType.ERROR,
                    e.sentence(ctx.messages().locale()));
            alert.setHeaderText(null);
            alert.getDialogPane().setId("exchange-refused");
            alert.showAndWait();
        } else {
            ErrorDialog.show(ctx.messages(), error);
        }
    }
}

package vn.nghisu.ui.minutes;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.nghisu.service.minutes.MinutesFormat;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;

/** What the preview's buttons do beyond paging: choose files, hand off to the system, open the dialogs. */
final class MinutesActions {
    private final UiContext ctx;
    private final MinutesPreviewModel model;
    private final Node owner;
    private final Messages m;

    MinutesActions(UiContext ctx, MinutesPreviewModel model, Node owner) {
        this.ctx = ctx;
        this.model = model;
        this.owner = owner;
        this.m = ctx.messages();
    }

    void export(MinutesFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(format == MinutesFormat.PDF ? "minutes.export.pdf" : "minutes.export.docx"));
        chooser.setInitialFileName("bien-ban." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.export(format, Path.of(file.getPath()));
        }
    }

    void openInViewer() {
        byte[] pdf = model.pdf();
        if (pdf == null) {
            return;
        }
        ctx.tasks().run(() -> SystemViewer.open(pdf),
                opened -> model.setStatus(m.get(opened ? "minutes.open.done" : "minutes.open.unsupported")),
                error -> model.setStatus(MinutesErrors.sentence(m, error)));
    }

    void print() {
        byte[] pdf = model.pdf();
        if (pdf == null) {
            return;
        }
        if (!MinutesPrinting.hasPrinter()) {
            model.setStatus(m.get("minutes.print.noPrinter"));
            return;
        }
        ctx.tasks().run(() -> PageImages.renderAll(pdf, MinutesPrinting.PRINT_DPI),
                pages -> model.setStatus(m.get(MinutesPrinting.print(pages, window()) ? "minutes.print.done"
                        : "minutes.print.cancelled")),
                error -> model.setStatus(MinutesErrors.sentence(m, error)));
    }

    void finalizeMinutes() {
        model.finalizeMinutes(ctx.settings().get("user.name", System.getProperty("user.name", "")));
    }

    void showVersions() {
        new MinutesVersionsDialog(ctx, model.meetingId(), window()).show();
    }

    void editTemplate() {
        MinutesProfileDialog.forMeeting(ctx, model.meetingId(), window(), model::reload);
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}

package vn.nghisu.ui.minutes;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** Prints the rendered pages of the minutes with the JavaFX printer job, one image per sheet. */
final class MinutesPrinting {
    /** Rendering resolution for paper: sharp text without huge images. */
    static final float PRINT_DPI = 200f;

    private MinutesPrinting() {
    }

    /** Whether the system has a printer at all; without one JavaFX gives no job. */
    static boolean hasPrinter() {
        return javafx.print.Printer.getDefaultPrinter() != null;
    }

    /** Shows the print dialog and prints; false when there is no printer or the user cancelled. */
    static boolean print(List<? extends Image> pages, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (Image page : pages) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }
}

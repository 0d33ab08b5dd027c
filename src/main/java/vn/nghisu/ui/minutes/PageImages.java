package vn.nghisu.ui.minutes;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders pages of the exact minutes PDF with PDFBox, as JavaFX images. Runs on the background worker: an image
 * not yet in a scene may be filled off the JavaFX thread (javafx-swing's SwingFXUtils is not on the class path).
 */
final class PageImages {

    private PageImages() {
    }

    /** One rendered page and how many pages the document has. */
    record Page(WritableImage image, int index, int count) {
    }

    static Page render(byte[] pdf, int index, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int count = doc.getNumberOfPages();
            int page = Math.max(0, Math.min(index, count - 1));
            return new Page(toFx(new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB)), page, count);
        }
    }

    static List<WritableImage> renderAll(byte[] pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<WritableImage> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(toFx(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
            }
            return pages;
        }
    }

    static WritableImage toFx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return fx;
    }
}

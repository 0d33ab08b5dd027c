package vn.nghisu.minutes;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads TrueType fonts as embedded, subset Identity-H fonts and keeps them: parsing a font costs far more
 * than laying out a page. Which glyphs a PDF uses is tracked by each PdfWriter, so the fonts can be shared.
 */
public final class PdfFonts {

    private static final String BUNDLED = "/liberation/LiberationSerif-%s.ttf";

    private final Map<String, BaseFont> cache = new ConcurrentHashMap<>();

    PdfFontSet fontsFor(FontChoice choice) {
        return new PdfFontSet(
                load(choice.regular(), "Regular"),
                load(choice.bold(), "Bold"),
                load(choice.italic(), "Italic"),
                load(choice.boldItalic(), "BoldItalic"));
    }

    private BaseFont load(String path, String bundledStyle) {
        String key = path.isBlank() ? BUNDLED.formatted(bundledStyle) : path;
        return cache.computeIfAbsent(key, k -> path.isBlank() ? bundled(k) : system(k));
    }

    private static BaseFont bundled(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing from the class path: " + resource);
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Cannot load bundled font " + resource, e);
        }
    }

    private static BaseFont system(String path) {
        try {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được phông chữ " + path + " / cannot read font file", e);
        } catch (DocumentException e) {
            throw new IllegalArgumentException("Phông chữ không dùng được: " + path + " / unusable font file", e);
        }
    }
}

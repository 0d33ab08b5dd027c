package vn.nghisu.minutes;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** Adds runs that carry their font on every character range, so Word never substitutes one for ư, ơ or ế. */
final class DocxRuns {

    private final String family;

    DocxRuns(String family) {
        this.family = family;
    }

    XWPFRun add(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        style(run, size, bold, italic);
        run.setText(text);
        return run;
    }

    /**
     * Word picks the font of each character by range: Vietnamese letters such as ư or ế are classed
     * outside ascii, so naming only the ascii font makes them fall back to another typeface.
     */
    void style(XWPFRun run, double size, boolean bold, boolean italic) {
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setCs(family);
        fonts.setEastAsia(family);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
    }

    XWPFParagraph centred(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        add(paragraph, text, size, bold, italic);
        return paragraph;
    }
}

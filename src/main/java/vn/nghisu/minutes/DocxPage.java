package vn.nghisu.minutes;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** A4 page setup with the profile margins, a page number at the top from page 2, and the footer line. */
final class DocxPage {

    static final long A4_WIDTH_TWIPS = 11906;
    static final long A4_HEIGHT_TWIPS = 16838;

    private DocxPage() {
    }

    static void setUp(XWPFDocument doc, DocumentProfile profile, String footer, DocxRuns runs) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        PageMargins margins = profile.margins();
        CTPageMar mar = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        mar.setTop(BigInteger.valueOf(PageMargins.twips(margins.topMm())));
        mar.setBottom(BigInteger.valueOf(PageMargins.twips(margins.bottomMm())));
        mar.setLeft(BigInteger.valueOf(PageMargins.twips(margins.leftMm())));
        mar.setRight(BigInteger.valueOf(PageMargins.twips(margins.rightMm())));
        mar.setHeader(BigInteger.valueOf(PageMargins.twips(margins.topMm() / 2)));
        mar.setFooter(BigInteger.valueOf(PageMargins.twips(margins.bottomMm() / 3)));
        mar.setGutter(BigInteger.ZERO);

        FontSizes sizes = profile.fontSizes();
        // a FIRST header makes Word print a different (here empty) header on page 1
        XWPFHeaderFooter first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        pageNumber(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), sizes.pageNumber(), runs);
        if (!footer.isBlank()) {
            runs.centred(doc.createFooter(HeaderFooterType.FIRST).createParagraph(), footer, sizes.footer(), false, true);
            runs.centred(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph(), footer, sizes.footer(), false,
                    true);
        }
    }

    private static void pageNumber(XWPFParagraph paragraph, float size, DocxRuns runs) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        field(paragraph, size, runs, STFldCharType.BEGIN);
        XWPFRun instruction = paragraph.createRun();
        runs.style(instruction, size, false, false);
        instruction.getCTR().addNewInstrText().setStringValue("PAGE");
        field(paragraph, size, runs, STFldCharType.SEPARATE);
        runs.add(paragraph, "2", size, false, false);
        field(paragraph, size, runs, STFldCharType.END);
    }

    private static void field(XWPFParagraph paragraph, float size, DocxRuns runs, STFldCharType.Enum type) {
        XWPFRun run = paragraph.createRun();
        runs.style(run, size, false, false);
        run.getCTR().addNewFldChar().setFldCharType(type);
    }
}

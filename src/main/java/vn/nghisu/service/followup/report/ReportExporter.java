package vn.nghisu.service.followup.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.minutes.AtomicFileWriter;
import vn.nghisu.minutes.Block;
import vn.nghisu.minutes.BlockDocuments;
import vn.nghisu.minutes.DocumentProfile;
import vn.nghisu.minutes.DocumentProfiles;
import vn.nghisu.minutes.Letterhead;
import vn.nghisu.minutes.PdfFonts;
import vn.nghisu.minutes.VietnameseDates;
import vn.nghisu.service.followup.ReportDates;
import vn.nghisu.service.followup.UpwardReport;

/** Writes the report upward and action plans as PDF or DOCX with the minutes' document profile, atomically. */
public final class ReportExporter {
    /** Output formats. */
    public enum Format { PDF, DOCX }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final DocumentProfile profile;
    private final BlockDocuments documents;

    public ReportExporter(DocumentProfile profile, PdfFonts fonts) {
        this.profile = profile;
        this.documents = new BlockDocuments(fonts);
    }

    /** With the built-in state-body profile and the bundled fonts. */
    public static ReportExporter standard() {
        return new ReportExporter(DocumentProfiles.state(), new PdfFonts());
    }

    public void upward(UpwardReport report, Format format, Path out) throws IOException {
        String subject = "Tình hình giải quyết khó khăn, vướng mắc và thực hiện nhiệm vụ từ ngày "
                + ReportDates.format(report.from()) + " đến ngày " + ReportDates.format(report.to());
        write(head("BÁO CÁO", subject, "/BC", report.generatedOn()), ReportBlocks.upward(report), format, out);
    }

    public void plan(ActionPlan plan, String ownerName, List<ActionItemRow> items, LocalDate today, Format format,
                     Path out) throws IOException {
        write(head("KẾ HOẠCH", plan.title(), "/KH", today), ReportBlocks.plan(plan, ownerName, items), format, out);
    }

    private Letterhead head(String title, String subject, String symbol, LocalDate date) {
        String number = profile.formatNumber("").replaceAll("/[^/\\s-]+", symbol);
        return new Letterhead(profile.kind(), profile.parentBody().toUpperCase(VIETNAMESE),
                profile.issuingBody().toUpperCase(VIETNAMESE), number, VietnameseDates.placeAndDate(profile.place(), date),
                profile.nationalTitle().toUpperCase(VIETNAMESE), profile.motto(), title, subject);
    }

    private void write(Letterhead head, List<Block> body, Format format, Path out) throws IOException {
        AtomicFileWriter.write(out, stream -> {
            if (format == Format.PDF) {
                documents.pdf(head, body, profile, stream);
            } else {
                documents.docx(head, body, profile, stream);
            }
        });
    }
}

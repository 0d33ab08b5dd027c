package vn.nghisu.service.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.ActionPlan;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.domain.PlanStatus;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.service.followup.report.ReportExporter;

class ReportTest {
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    @TempDir
    Path dir;
    FollowUpFixture f;

    @BeforeEach
    void open() {
        f = new FollowUpFixture(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void reportGathersEscalatedAndOpenIssuesAndActionStates() {
        UpwardReport r = f.services.reports().build(FROM, TO, "ban thuong vu tinh uy");
        assertEquals("Ban Thường vụ Tỉnh ủy", r.bodyName());
        assertEquals(List.of("Khó khăn về kinh phí hoạt động"), r.escalated().stream().map(IssueRow::title).toList());
        assertEquals(List.of("Thiếu biên chế cấp xã"), r.open().stream().map(IssueRow::title).toList());
        assertEquals(4, r.actionTotal(), "items due in the period");
        assertEquals(1, r.actionCounts().get(ActionStatus.DONE));
        assertEquals(2, r.overdueItems().size());
    }

    @Test
    void unknownOrAmbiguousBodyIsRefused() {
        assertThrows(ValidationException.class, () -> f.services.reports().build(FROM, TO, "Quốc hội"));
        assertThrows(ValidationException.class, () -> f.services.reports().build(FROM, TO, "tinh"));
    }

    @Test
    void reportPdfCarriesTheVietnameseTextAsTyped() throws Exception {
        Path pdf = dir.resolve("bao-cao.pdf");
        ReportExporter.standard().upward(f.services.reports().build(FROM, TO, "Ban Thường vụ Tỉnh ủy"),
                ReportExporter.Format.PDF, pdf);
        String text = pdfText(pdf).replaceAll("\\s+", " ");
        for (String expected : List.of("BÁO CÁO", "Kính gửi: Ban Thường vụ Tỉnh ủy",
                "từ ngày 01/01/2026 đến ngày 30/06/2026", "Khó khăn về kinh phí hoạt động", "Thiếu biên chế cấp xã",
                "Trong kỳ có 4 nhiệm vụ đến hạn: hoàn thành 1", "quá hạn 2", "Rà soát đề án vị trí việc làm",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) {
            assertTrue(text.contains(expected), () -> expected + " missing from: " + text);
        }
    }

    @Test
    void reportDocxCarriesTheSameContent() throws Exception {
        Path docx = dir.resolve("bao-cao.docx");
        ReportExporter.standard().upward(f.services.reports().build(FROM, TO, "Ban Thường vụ Tỉnh ủy"),
                ReportExporter.Format.DOCX, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertTrue(text.contains("Khó khăn về kinh phí hoạt động"), text);
            assertTrue(text.contains("Trong kỳ có 4 nhiệm vụ đến hạn"), text);
        }
    }

    @Test
    void planPdfListsItsItems() throws Exception {
        ActionPlan plan = new ActionPlan(null, "Kế hoạch kiểm tra, giám sát năm 2026", FollowUpFixture.SUB_KT, null,
                FROM, TO, PlanStatus.APPROVED);
        f.services.plans().save(plan);
        f.services.plans().addExisting(plan.id(), List.of(f.overdue.id(), f.dueSoon.id()));
        Path pdf = dir.resolve("ke-hoach.pdf");
        ReportExporter.standard().plan(plan, "Tiểu ban Kiểm tra - Giám sát", f.services.plans().items(plan.id()),
                FollowUpFixture.TODAY, ReportExporter.Format.PDF, pdf);
        String text = pdfText(pdf).replaceAll("\\s+", " ");
        for (String expected : List.of("KẾ HOẠCH", "Kế hoạch kiểm tra, giám sát năm 2026",
                "Đơn vị thực hiện: Tiểu ban Kiểm tra - Giám sát", "Đã phê duyệt", "Rà soát đề án vị trí việc làm",
                "Báo cáo công tác tài chính")) {
            assertTrue(text.contains(expected), () -> expected + " missing from: " + text);
        }
    }
}

package vn.nghisu.service.minutes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.MeetingStatus;
import vn.nghisu.domain.MinutesSection;
import vn.nghisu.domain.MinutesVersion;
import vn.nghisu.minutes.DocumentProfile;
import vn.nghisu.minutes.DocumentProfiles;
import vn.nghisu.minutes.ProfileKind;
import vn.nghisu.service.Services;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;

class MinutesServiceTest {
    @TempDir
    Path dir;
    Database db;
    Services services;
    MinutesService minutes;
    UUID meeting;

    @BeforeEach
    void loadSample() {
        db = Database.open(DatabaseConfig.embedded(dir.resolve("db")));
        services = Services.over(db);
        minutes = services.minutes();
        meeting = services.meetings().loadSample();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Deleting (or merging away) a unit, person or category in the directory does not rewrite past minutes. */
    @Test
    void minutesKeepTheNamesOfDirectoryRecordsDeletedSince() throws Exception {
        String before = pdfText();
        var host = services.meetings().load(meeting).orElseThrow().meeting().hostUnitId();
        var detail = services.meetings().load(meeting).orElseThrow();
        var speaker = detail.statements().get(0).speakerId();
        var category = detail.issues().get(0).categoryId();
        db.repositories().units().delete(host);
        db.repositories().persons().delete(speaker);
        db.repositories().lists().delete(vn.nghisu.domain.ListKind.ISSUE_CATEGORY, category);
        db.repositories().persons().findAll().stream().filter(p -> host.equals(p.unitId()))
                .forEach(p -> db.repositories().persons().delete(p.id()));
        String after = pdfText();
        assertEquals(before, after);
        assertTrue(after.contains(SampleStrings.collapsed("Ủy ban MTTQ huyện Lâm Bình")), after);
    }

    private String pdfText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(minutes.pdf(meeting, null))) {
            return SampleStrings.collapsed(new PDFTextStripper().getText(pdf));
        }
    }

    @Test
    void pdfOfTheStoredSampleHoldsEveryNameTitleUnitIssueAndActionExactly() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(minutes.pdf(meeting, null))) {
            String text = SampleStrings.collapsed(new PDFTextStripper().getText(pdf));
            assertAll(SampleStrings.all().stream().map(expected -> () ->
                    assertTrue(text.contains(SampleStrings.collapsed(expected)), "missing: " + expected)));
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(name).isEmbedded(), name.getName());
                }
            }
        }
    }

    @Test
    void docxOfTheStoredSampleHoldsTheSameStrings() throws Exception {
        Path file = dir.resolve("bb.docx");
        minutes.export(meeting, MinutesFormat.DOCX, file, ProfileKind.PARTY);
        try (InputStream in = Files.newInputStream(file); XWPFDocument word = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            String text = SampleStrings.collapsed(extractor.getText());
            assertAll(SampleStrings.all().stream().map(expected -> () ->
                    assertTrue(text.contains(SampleStrings.collapsed(expected)), "missing: " + expected)));
            assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
        }
    }

    @Test
    void finalizeStoresVersionOneClosesTheMeetingAndPrintsTheHash() throws Exception {
        MinutesVersion v1 = minutes.finalizeMinutes(meeting, "thuky");
        assertEquals(1, v1.versionNo());
        assertEquals(64, v1.sha256().length());
        assertEquals(MinutesChanges.FIRST, v1.changeSummary());
        assertEquals(MeetingStatus.CLOSED, minutes.meeting(meeting).meeting().status());
        assertEquals(CanonicalMinutes.footer(1, v1.sha256()), minutes.document(meeting).footer());
        try (PDDocument pdf = Loader.loadPDF(minutes.pdf(meeting, null))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Phiên bản 1 · SHA-256 " + v1.sha256().substring(0, 8)));
        }
    }

    @Test
    void finalizingUnchangedContentKeepsTheSameVersionAndHash() {
        MinutesVersion first = minutes.finalizeMinutes(meeting, "thuky");
        MinutesVersion again = minutes.finalizeMinutes(meeting, "thuky");
        assertEquals(first.id(), again.id());
        assertEquals(first.sha256(), again.sha256());
        assertEquals(1, minutes.versions(meeting).size());
    }

    @Test
    void changedContentBecomesVersionTwoWithANewHashAndASummary() {
        MinutesVersion first = minutes.finalizeMinutes(meeting, "thuky");
        minutes.saveSection(new MinutesSection(null, meeting, 0, "Ý kiến bổ sung", "Thống nhất lịch giám sát."));
        assertEquals("", minutes.document(meeting).footer(), "a changed draft is not the finalized version");
        MinutesVersion second = minutes.finalizeMinutes(meeting, "chutri");
        assertEquals(2, second.versionNo());
        assertNotEquals(first.sha256(), second.sha256());
        assertEquals("thêm 1 mục bổ sung", second.changeSummary());
        List<MinutesVersion> versions = minutes.versions(meeting);
        assertEquals(List.of(1, 2), versions.stream().map(MinutesVersion::versionNo).toList());
        assertEquals("chutri", versions.get(1).finalizedBy());
    }

    @Test
    void canonicalContentIsStableAndIgnoresTheFooter() {
        var doc = minutes.document(meeting);
        String json = CanonicalMinutes.json(doc);
        assertEquals(json, CanonicalMinutes.json(minutes.document(meeting)));
        assertEquals(json, CanonicalMinutes.json(doc.withFooter("Phiên bản 9")));
        assertEquals(doc, CanonicalMinutes.parse(json));
        assertTrue(json.indexOf("\"agenda\"") < json.indexOf("\"attendance\""), "keys sorted");
    }

    @Test
    void groupTemplateIsStoredAndUsedForItsMeetings() {
        UUID group = minutes.meeting(meeting).meeting().workingGroupId();
        DocumentProfile office = DocumentProfiles.party().withLetterhead("Huyện ủy Lâm Bình", "Ban Tuyên giáo", "Lâm Bình");
        minutes.profiles().saveForGroup(group, office);
        assertEquals(office, minutes.profile(meeting, null));
        assertEquals(DocumentProfiles.state(), minutes.profile(meeting, ProfileKind.STATE));
        minutes.profiles().saveForMeeting(meeting, DocumentProfiles.state());
        assertEquals(DocumentProfiles.state(), minutes.profile(meeting, null));
        minutes.profiles().clearForMeeting(meeting);
        assertEquals(office, minutes.profile(meeting, null));
    }

    @Test
    void sectionsAreStoredInOrderAndSoftDeleted() {
        MinutesSection a = new MinutesSection(null, meeting, 0, "Mục A", "nội dung");
        MinutesSection b = new MinutesSection(null, meeting, 1, "Mục B", "");
        minutes.saveSection(a);
        minutes.saveSection(b);
        assertEquals(List.of("Mục A", "Mục B"), minutes.sections(meeting).stream().map(MinutesSection::heading).toList());
        minutes.deleteSection(a.id());
        assertEquals(List.of(b), minutes.sections(meeting));
        assertFalse(minutes.document(meeting).extraSections().isEmpty());
    }
}

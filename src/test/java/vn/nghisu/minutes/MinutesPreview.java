package vn.nghisu.minutes;

import java.nio.file.Path;

/** Writes the sample minutes for both profiles to a folder (default /tmp) to look at; not a test. */
public final class MinutesPreview {

    private MinutesPreview() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp");
        MinutesDocument doc = SampleMinutes.document().withFooter("Phiên bản 2 · SHA-256 1a2b3c4d");
        DocumentProfile party = DocumentProfiles.party();
        MinutesHeader header = doc.header();
        MinutesDocument partyDoc = doc.withHeader(new MinutesHeader("Tỉnh ủy Tuyên Quang", "Ban Tổ chức",
                party.formatNumber("12"), header.place(), header.date()));
        PdfMinutesRenderer pdf = new PdfMinutesRenderer();
        pdf.export(doc, DocumentProfiles.state(), folder.resolve("minutes-state.pdf"));
        pdf.export(partyDoc, party, folder.resolve("minutes-party.pdf"));
        DocxMinutesRenderer docx = new DocxMinutesRenderer();
        docx.export(doc, DocumentProfiles.state(), folder.resolve("minutes-state.docx"));
        docx.export(partyDoc, party, folder.resolve("minutes-party.docx"));
        pdf.export(SampleMinutes.withStatementsRepeated(1000), DocumentProfiles.state(),
                folder.resolve("minutes-long.pdf"));
    }
}

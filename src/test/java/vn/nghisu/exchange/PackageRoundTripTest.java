package vn.nghisu.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.Statement;
import vn.nghisu.service.demo.SampleMeetingLoader;
import vn.nghisu.store.Database;

class PackageRoundTripTest {
    @TempDir
    Path dir;
    Database source;
    Database target;
    UUID meetingId;

    @BeforeEach
    void open() {
        source = ExchangeFixture.open(dir.resolve("laptop"));
        target = openOffice();
        meetingId = new SampleMeetingLoader(source).load();
    }

    /** The office database: embedded here, PostgreSQL in {@link PgPackageRoundTripTest}. */
    Database openOffice() {
        return ExchangeFixture.open(dir.resolve("office"));
    }

    @AfterEach
    void close() {
        source.close();
        if (target != null) {
            target.close();
        }
    }

    private Path export(String name) {
        Path file = dir.resolve(name + PackageFormat.EXTENSION);
        ExchangeFixture.service(source).export(ExportRequest.all(), file, p -> { });
        return file;
    }

    @Test
    void whatThePreviewSaidIsWhatTheImportOfTheSameContentDoes() {
        ExchangeService office = ExchangeFixture.service(target);
        PackageContent content = office.read(export("previewed"));
        ImportReport preview = office.preview(content);
        assertEquals(0, target.tableCounts().get("meeting"), "the preview writes nothing");
        ImportReport applied = office.importPackage(content);
        assertTrue(applied.applied());
        assertEquals(preview.tables(), applied.tables());
        assertEquals(1, target.tableCounts().get("meeting"));
    }

    @Test
    void sampleMeetingArrivesInAnEmptyDatabaseRowForRow() {
        ImportReport report = ExchangeFixture.service(target).importPackage(export("sample"));
        assertTrue(report.applied());
        Map<String, List<Map<String, Object>>> sent = ExchangeFixture.dump(source, false);
        Map<String, List<Map<String, Object>>> received = ExchangeFixture.dump(target, false);
        for (String table : sent.keySet()) {
            assertEquals(withoutSeedTimestamps(sent.get(table)), withoutSeedTimestamps(received.get(table)), table);
        }
        assertEquals(source.tableCounts().get("attendance"), target.tableCounts().get("attendance"));
        assertTrue(report.added() > 40, "rows added: " + report.added());
        assertTrue(report.conflicts().isEmpty(), report.conflicts().toString());
    }

    /** The lists seeded by V1 share fixed ids but each database stamps them at its own install time. */
    private static List<Map<String, Object>> withoutSeedTimestamps(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(r);
            if (((String) r.get("id")).startsWith("00000000-0000-4000-8000-")) {
                copy.remove("created_at");
                copy.remove("updated_at");
            }
            return copy;
        }).toList();
    }

    @Test
    void importingTheSamePackageTwiceChangesNothing() {
        Path file = export("twice");
        ExchangeFixture.service(target).importPackage(file);
        String before = ExchangeFixture.checksum(target);
        ImportReport again = ExchangeFixture.service(target).importPackage(file);
        assertTrue(again.changesNothing(), again.tables().toString());
        assertEquals(before, ExchangeFixture.checksum(target));
    }

    @Test
    void newerRecordWinsAndEveryConflictIsReported() throws Exception {
        ExchangeFixture.service(target).importPackage(export("first"));
        Meeting theirs = target.repositories().meetings().find(meetingId).orElseThrow();
        Statement said = source.repositories().parts().statements(meetingId).get(0);
        target.repositories().parts().save(new Statement(said.id(), meetingId, said.agendaItemId(), said.speakerId(),
                said.position(), "Sửa ở văn phòng"));
        Thread.sleep(5);
        source.repositories().parts().save(new Statement(said.id(), meetingId, said.agendaItemId(), said.speakerId(),
                said.position(), "Sửa ở máy thư ký, sau"));
        Thread.sleep(5);
        target.repositories().meetings().save(new Meeting(theirs.id(), "Tiêu đề sửa ở văn phòng", theirs.kindId(),
                theirs.date(), theirs.start(), theirs.end(), theirs.place(), theirs.hostUnitId(), theirs.workingGroupId(),
                theirs.chairId(), theirs.secretaryId(), theirs.status(), theirs.closingNote()));
        source.repositories().parts().delete(vn.nghisu.store.MeetingPartsRepository.Part.DIRECTIVE_ROW,
                source.repositories().parts().directives(meetingId).get(0).id());

        ImportReport report = ExchangeFixture.service(target).importPackage(export("second"));

        Map<String, ImportReport.Conflict> byTable = report.conflicts().stream()
                .collect(Collectors.toMap(ImportReport.Conflict::table, c -> c));
        assertEquals("local", byTable.get("meeting").winner());
        assertTrue(byTable.get("meeting").columns().contains("title"));
        assertEquals("package", byTable.get("statement").winner());
        assertEquals("package", byTable.get("directive").winner());
        assertEquals(List.of("meeting", "statement", "directive"), report.conflicts().stream()
                .map(ImportReport.Conflict::table).toList(), "every record that differs on both sides, and only those");
        assertEquals("Tiêu đề sửa ở văn phòng", target.repositories().meetings().find(meetingId).orElseThrow().title());
        assertEquals("Sửa ở máy thư ký, sau", target.repositories().parts().statements(meetingId).stream()
                .filter(s -> s.id().equals(said.id())).findFirst().orElseThrow().summary());
        assertEquals(3, target.repositories().parts().directives(meetingId).size(), "the deletion travelled");
        assertEquals(1, report.tables().get("directive").updated());
        String text = ConflictReport.text(report, ExchangeException.VIETNAMESE);
        assertTrue(text.contains(meetingId.toString()) && text.contains("giữ bản trong máy"), text);
    }

    @Test
    void previewChangesNothingAndForecastsTheImport() {
        Path file = export("preview");
        String before = ExchangeFixture.checksum(target);
        ImportReport preview = ExchangeFixture.service(target).preview(file);
        assertEquals(before, ExchangeFixture.checksum(target));
        ImportReport applied = ExchangeFixture.service(target).importPackage(file);
        assertEquals(preview.tables(), applied.tables());
    }
}

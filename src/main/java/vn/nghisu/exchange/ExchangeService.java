package vn.nghisu.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import vn.nghisu.store.Database;
import vn.nghisu.store.ExchangeLog;
import vn.nghisu.store.ExchangeRows;
import vn.nghisu.store.Rows;

/** Meeting packages for the window and the command line: export, preview (dry run) and import. */
public final class ExchangeService {
    private final Database db;
    private final String appVersion;

    public ExchangeService(Database db) {
        this(db, AppVersion.current());
    }

    ExchangeService(Database db, String appVersion) {
        this.db = db;
        this.appVersion = appVersion;
    }

    /** Writes the package atomically; progress goes from 0 to 1. Records the export when made for an office. */
    public ExportResult export(ExportRequest request, Path file, DoubleConsumer progress) {
        progress.accept(0);
        OffsetDateTime now = Rows.now();
        ExchangeRows rows = new ExchangeRows(db.dsl());
        ExchangeLog log = new ExchangeLog(db.dsl());
        OffsetDateTime since = request.sinceLastExportTo() == null ? null
                : log.lastExport(request.sinceLastExportTo()).orElse(null);
        List<UUID> meetings = select(request, rows, since);
        progress.accept(0.1);
        Map<String, List<Map<String, Object>>> tables = new PackageCollector(rows).collect(meetings);
        progress.accept(0.6);
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((t, r) -> counts.put(t, r.size()));
        Manifest manifest = new Manifest(PackageFormat.FORMAT_VERSION, appVersion, now.toInstant().toString(),
                log.installationId().toString(), request.sinceLastExportTo(),
                meetings.stream().map(UUID::toString).toList(), counts, Map.of());
        PackageContent content = new PackageContent(manifest, tables);
        try {
            new PackageWriter().write(content, file);
            progress.accept(0.95);
            if (request.sinceLastExportTo() != null) {
                log.recordExport(request.sinceLastExportTo(), now, since, meetings.size(), file.getFileName().toString());
            }
            progress.accept(1);
            return new ExportResult(file, meetings.size(), content.rowCount(), Files.size(file));
        } catch (IOException e) {
            throw new ExchangeException("export.failed", "Cannot write the package " + file + ": " + e.getMessage(), e,
                    file);
        }
    }

    private static List<UUID> select(ExportRequest request, ExchangeRows rows, OffsetDateTime since) {
        if (!request.meetings().isEmpty()) {
            java.util.Set<UUID> found = rows.byId("meeting", request.meetings()).keySet();
            request.meetings().stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
                throw new ExchangeException("export.unknownMeeting", "No meeting with id " + id, id.toString());
            });
            return request.meetings();
        }
        if (request.sinceLastExportTo() != null && since != null) {
            return new ArrayList<>(rows.changedMeetingIds(since));
        }
        return rows.meetingIds(request.from(), request.to());
    }

    /** Offices this installation has sent packages to, the most recent first (for "changed since the last export"). */
    public List<String> offices() {
        return new ExchangeLog(db.dsl()).offices();
    }

    /** Validates the package and says what importing it would do; the database is not changed. */
    public ImportReport preview(Path file) {
        return preview(read(file));
    }

    /** What importing this package, already read and checked by {@link #read}, would do; nothing is written. */
    public ImportReport preview(PackageContent content) {
        return db.dsl().transactionResult(tx -> {
            ExchangeRows rows = new ExchangeRows(tx.dsl());
            ReferenceCheck.check(content, rows);
            return MergePlan.of(content, rows).report(content.manifest(), false);
        });
    }

    /** Validates, then merges the package in one transaction: all of it or, if anything fails, nothing. */
    public ImportReport importPackage(Path file) {
        return importPackage(read(file));
    }

    /**
     * Merges a package already read and checked by {@link #read}: the window imports what the user previewed,
     * without reading the file a second time (a second or more at 1,000 meetings).
     */
    public ImportReport importPackage(PackageContent content) {
        try {
            return db.inBulkTransaction(tx -> {
                ExchangeRows rows = new ExchangeRows(tx);
                ReferenceCheck.check(content, rows);
                MergePlan plan = MergePlan.of(content, rows);
                plan.apply(rows);
                return plan.report(content.manifest(), true);
            });
        } catch (ExchangeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExchangeException("package.rejected", "The database refused the package's data: "
                    + e.getMessage(), e, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    /** Reads and checks the file; nothing touches the database. */
    public PackageContent read(Path file) {
        return new PackageParser().parse(new SafeZipReader().read(file));
    }
}

package vn.nghisu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.nghisu.domain.MeetingDetail;
import vn.nghisu.domain.Statement;
import vn.nghisu.service.MeetingEditorService;
import vn.nghisu.service.Services;
import vn.nghisu.service.followup.ActionItemService;
import vn.nghisu.service.followup.SearchService;
import vn.nghisu.store.Database;

/** The measures over the open province database: open, dashboard, search, editor load, autosave, memory. */
final class DatabaseMeasures {
    /** Vietnamese queries as typed, with diacritics; {@link #WITHOUT} are the same words as typed without. */
    static final List<String> WITH = List.of("tài chính", "biên chế", "Lâm Bình", "nông thôn mới", "chuyển đổi số",
            "Nguyễn Văn", "quy hoạch cán bộ", "dân vận", "kinh phí", "sắp xếp", "đề án vị trí việc làm", "Đảng ủy");
    static final List<String> WITHOUT = List.of("tai chinh", "bien che", "Lam Binh", "nong thon moi", "chuyen doi so",
            "Nguyen Van", "quy hoach can bo", "dan van", "kinh phi", "sap xep", "de an vi tri viec lam", "dang uy");
    private static final int AUTOSAVES = 200;

    private final BenchData data;
    private final Table table;

    DatabaseMeasures(BenchData data, Table table) {
        this.data = data;
        this.table = table;
    }

    void run() throws Exception {
        openAndMigrate();
        try (Database db = Database.open(data.config())) {
            Services services = Services.over(db);
            ActionItemService actions = new ActionItemService(db, Clock.fixed(
                    BenchData.END.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
            table.add("dashboard (ActionItemService.dashboard)", Samples.time(3, 20, actions::dashboard),
                    Target.median(300));
            search(new SearchService(db));
            UUID largest = LargestMeeting.find(db.dsl());
            MeetingEditorService editor = services.editor();
            MeetingDetail detail = editor.load(largest).detail();
            String size = detail.attendance().size() + " attendance, " + detail.statements().size() + " statements, "
                    + detail.actionItems().size() + " actions";
            table.add("largest meeting into the editor model (" + size + ")",
                    Samples.time(3, 20, () -> editor.load(largest)), Target.NONE);
            autosave(db, editor, detail.statements().get(0));
        }
    }

    /** Open and close apart: H2 compacts the file when the last connection closes, which can take seconds. */
    private void openAndMigrate() throws Exception {
        Samples open = null;
        Samples close = null;
        for (int i = 0; i < 6; i++) {
            Database[] db = new Database[1];
            Samples o = Samples.time(0, 1, () -> db[0] = Database.open(data.config()));
            Samples c = Samples.time(0, 1, () -> db[0].close());
            if (i == 0) {
                table.add("open + migrate, the province database, first in the process", o, Target.NONE);
            } else {
                open = open == null ? o : open.plus(o);
                close = close == null ? c : close.plus(c);
            }
        }
        table.add("open + migrate, the province database", open, Target.NONE);
        table.add("close, the province database (H2 compacts on close)", close, Target.NONE);
        Path empty = Files.createTempDirectory("nghisu-bench-open");
        int[] n = {0};
        table.add("create + migrate, an empty database", Samples.time(1, 5,
                () -> Database.open(vn.nghisu.store.DatabaseConfig.embedded(empty.resolve("db" + n[0]++))).close()),
                Target.NONE);
    }

    private void search(SearchService search) throws Exception {
        table.add("search index catch-up at open (first refresh)", Samples.time(0, 1, search::refresh), Target.NONE);
        Samples with = queries(search, WITH);
        Samples without = queries(search, WITHOUT);
        table.add("search, " + WITH.size() + " queries with diacritics", with, Target.p95(50));
        table.add("search, the same without diacritics", without, Target.p95(50));
        table.add("search, all", with.plus(without), Target.p95(50));
    }

    private static Samples queries(SearchService search, List<String> queries) throws Exception {
        Samples all = null;
        for (String q : queries) {
            Samples one = Samples.time(2, 5, () -> search.search(q));
            all = all == null ? one : all.plus(one);
        }
        return all;
    }

    /**
     * The editor's save of one statement as the editor makes it: with the row version it holds, checked and moved on
     * in the same transaction (a shared database's guard against overwriting another user), then what the editor
     * does before it shows "saved".
     */
    private void autosave(Database db, MeetingEditorService editor, Statement base) throws Exception {
        int[] i = {0};
        long[] version = {editor.version(vn.nghisu.service.EditorPart.STATEMENT, base.id())};
        Samples.Work commit = () -> version[0] = editor.save(new Statement(base.id(), base.meetingId(),
                base.agendaItemId(), base.speakerId(), base.position(), base.summary() + " (sửa lần " + i[0]++ + ")"),
                version[0]);
        table.add("autosave: the commit alone", Samples.time(20, AUTOSAVES, commit), Target.NONE);
        table.add("autosave: commit + plain CHECKPOINT (no fsync; the editor's path before)",
                Samples.time(20, AUTOSAVES, () -> {
                    commit.run();
                    db.dsl().execute("CHECKPOINT");
                }), Target.NONE);
        table.add("autosave: commit + makeDurable (CHECKPOINT SYNC, one fsync)", Samples.time(20, AUTOSAVES, () -> {
            commit.run();
            editor.makeDurable();
        }), Target.p95(5));
        editor.save(base, version[0]);
        editor.makeDurable();
    }
}

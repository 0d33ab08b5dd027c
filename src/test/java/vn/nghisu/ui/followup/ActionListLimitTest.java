package vn.nghisu.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.service.Services;
import vn.nghisu.service.Settings;
import vn.nghisu.service.followup.SavedFilters;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.ui.task.BackgroundTasks;

/** The list stops at its row limit and says so; the Excel export of the same filter writes every item. */
class ActionListLimitTest {
    /** Runs the work at once on the calling thread: the view model without a window. */
    static final BackgroundTasks INLINE = new BackgroundTasks() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public void shutdown() {
        }
    };

    @Test
    void moreItemsThanTheListShowsAreSaidAndAllExported(@TempDir Path dir) throws Exception {
        int limit = 20;
        int items = limit + 3;
        try (Database db = Database.open(DatabaseConfig.embedded(dir.resolve("db")))) {
            db.inTransaction(r -> {
                Unit host = new Unit(null, "Huyện ủy Lâm Bình", null, null, UnitLevel.HUYEN, null);
                r.units().save(host);
                Meeting m = new Meeting(null, "Làm việc với Huyện ủy Lâm Bình", null, LocalDate.of(2026, 10, 14), null,
                        null, null, host.id(), null, null, null, null, null);
                r.meetings().save(m);
                for (int i = 0; i < items; i++) {
                    r.actions().save(new ActionItem(null, "Nhiệm vụ số " + i, m.id(), null, null, host.id(), null, null,
                            List.of(), LocalDate.of(2026, 12, 1), ActionStatus.NOT_STARTED, i));
                }
                return null;
            });
            ActionItemsViewModel model = new ActionItemsViewModel(Services.over(db), new SavedFilters(Settings.load(dir)),
                    INLINE, e -> {
                        throw new AssertionError(e);
                    }, limit);
            model.refresh();
            assertEquals(limit, model.rows().size());
            assertTrue(model.truncatedProperty().get());
            Path xlsx = dir.resolve("nhiem-vu.xlsx");
            model.export(xlsx, () -> { });
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertEquals(items + 1, book.getSheetAt(0).getPhysicalNumberOfRows(), "a header and every item");
            }
            db.inTransaction(r -> r.actions().delete(model.rows().get(0).id()));
            db.inTransaction(r -> r.actions().delete(model.rows().get(1).id()));
            db.inTransaction(r -> r.actions().delete(model.rows().get(2).id()));
            model.refresh();
            assertFalse(model.truncatedProperty().get(), "exactly the limit: nothing more to say");
        }
    }
}

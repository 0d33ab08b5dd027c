package vn.nghisu.ui.meeting;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.util.Duration;
import vn.nghisu.domain.AgendaItem;
import vn.nghisu.service.MeetingEditorService;
import vn.nghisu.service.Services;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.ui.task.FxBackgroundTasks;

/**
 * Child process of {@link AutosaveKillTest}: edits a meeting through the editor's real autosave path
 * (Autosaver on the JavaFX thread, the one database worker, MeetingEditorService) and prints "saved N"
 * each time the save state becomes "saved", then makes the next edit, until it is killed.
 */
public final class AutosaveKillChild {
    private AutosaveKillChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        UUID meetingId = UUID.fromString(args[1]);
        AtomicInteger n = new AtomicInteger(Integer.parseInt(args[2]));
        Database db = Database.open(DatabaseConfig.embedded(dir).withGuard(Platform::isFxApplicationThread));
        MeetingEditorService service = Services.over(db).editor();
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        Platform.startup(() -> {
            Autosaver saver = new Autosaver(tasks, Duration.millis(600), service::makeDurable);
            saver.onSaved(at -> {
                System.out.println("saved " + n.get());
                System.out.flush();
                edit(saver, service, meetingId, n.incrementAndGet());
            });
            edit(saver, service, meetingId, n.incrementAndGet());
        });
    }

    static String title(int k) {
        return "Nội dung số " + k + " – Ủy ban MTTQ huyện Lâm Bình";
    }

    private static void edit(Autosaver saver, MeetingEditorService service, UUID meetingId, int k) {
        AgendaItem item = new AgendaItem(null, meetingId, k, title(k), null, 15, null, null, "Ghi chú " + k);
        saver.put("agenda:" + item.id(), () -> service.save(item));
    }
}

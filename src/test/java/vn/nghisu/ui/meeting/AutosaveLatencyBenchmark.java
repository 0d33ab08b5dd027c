package vn.nghisu.ui.meeting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.util.Duration;
import vn.nghisu.domain.Statement;
import vn.nghisu.service.MeetingEditorService;
import vn.nghisu.service.Services;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.ui.task.FxBackgroundTasks;

/**
 * Benchmark (not a test): autosave latency from the last edit to the committed acknowledgment, through the
 * editor's path (Autosaver with the real 600 ms debounce, the database worker, MeetingEditorService), on the
 * sample meeting. Also the write alone and the fsync (CHECKPOINT SYNC) done before "Đã lưu" is shown. Run:
 * {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test &&
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp target/test-classes:target/classes:$(cat
 * /tmp/cp.txt) vn.nghisu.ui.meeting.AutosaveLatencyBenchmark 100}
 */
public final class AutosaveLatencyBenchmark {
    private AutosaveLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path dir = Files.createTempDirectory("nghisu-bench");
        Database db = Database.open(DatabaseConfig.embedded(dir).withGuard(Platform::isFxApplicationThread));
        Services services = Services.over(db);
        UUID meetingId = services.meetings().loadSample();
        var detail = services.meetings().load(meetingId).orElseThrow();
        Statement base = detail.statements().get(0);
        MeetingEditorService service = services.editor();
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        List<Long> total = Collections.synchronizedList(new ArrayList<>());
        List<Long> write = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        List<Long> sync = Collections.synchronizedList(new ArrayList<>());
        Autosaver saver = new Autosaver(tasks, Duration.millis(600), () -> {
            long s = System.nanoTime();
            service.makeDurable();
            sync.add(System.nanoTime() - s);
        });
        AtomicReference<CountDownLatch> acknowledged = new AtomicReference<>();
        saver.onSaved(at -> acknowledged.get().countDown());
        for (int i = 0; i < edits; i++) {
            CountDownLatch done = new CountDownLatch(1);
            acknowledged.set(done);
            long[] t0 = new long[1];
            String summary = base.summary() + " (sửa lần " + i + ")";
            Platform.runLater(() -> {
                Statement edited = new Statement(base.id(), meetingId, base.agendaItemId(), base.speakerId(), 0, summary);
                t0[0] = System.nanoTime();
                saver.put("statement:" + base.id(), () -> {
                    long w = System.nanoTime();
                    service.save(edited);
                    write.add(System.nanoTime() - w);
                });
            });
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("save not acknowledged");
            }
            total.add(System.nanoTime() - t0[0]);
        }
        System.out.printf("autosave edit->committed (debounce 600 ms): p50 %.1f ms, p95 %.1f ms, n=%d%n",
                pct(total, 50), pct(total, 95), total.size());
        System.out.printf("write alone on the worker: p50 %.2f ms, p95 %.2f ms%n", pct(write, 50), pct(write, 95));
        System.out.printf("fsync (CHECKPOINT SYNC) before \"saved\": p50 %.2f ms, p95 %.2f ms%n", pct(sync, 50),
                pct(sync, 95));
        tasks.shutdown();
        db.close();
        Platform.exit();
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}

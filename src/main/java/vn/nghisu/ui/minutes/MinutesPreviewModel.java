package vn.nghisu.ui.minutes;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;
import vn.nghisu.domain.MinutesVersion;
import vn.nghisu.minutes.ProfileKind;
import vn.nghisu.service.minutes.CanonicalMinutes;
import vn.nghisu.service.minutes.MinutesFormat;
import vn.nghisu.service.minutes.MinutesService;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.task.BackgroundTasks;

/** State of the minutes preview: the PDF as it stands, the page shown, zoom, and the outcome of the last action. */
public final class MinutesPreviewModel {
    static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};
    private static final float SCREEN_DPI = 96f;

    private final UUID meetingId;
    private final MinutesService service;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<Image> page = new SimpleObjectProperty<>();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty();
    private final IntegerProperty pageCount = new SimpleIntegerProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<ProfileKind> kind = new SimpleObjectProperty<>();
    private byte[] pdf;

    public MinutesPreviewModel(UUID meetingId, MinutesService service, BackgroundTasks tasks, Messages messages,
                               Consumer<Throwable> onError) {
        this.meetingId = meetingId;
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
    }

    /** Assembles and renders the minutes again, e.g. after a section or the template changed. */
    public void reload() {
        busy.set(true);
        ProfileKind chosen = kind.get();
        int wanted = pageIndex.get();
        float dpi = dpi();
        tasks.run(() -> {
            ProfileKind resolved = chosen != null ? chosen : service.profile(meetingId, null).kind();
            byte[] bytes = service.pdf(meetingId, resolved);
            return new Rendered(bytes, resolved, PageImages.render(bytes, wanted, dpi));
        }, r -> {
            pdf = r.pdf();
            if (kind.get() == null) {
                kind.set(r.kind());
            }
            show(r.page());
        }, this::fail);
    }

    private record Rendered(byte[] pdf, ProfileKind kind, PageImages.Page page) {
    }

    public void goTo(int index) {
        if (pdf == null || index < 0 || index >= pageCount.get()) {
            return;
        }
        busy.set(true);
        byte[] bytes = pdf;
        float dpi = dpi();
        tasks.run(() -> PageImages.render(bytes, index, dpi), this::show, this::fail);
    }

    public void next() {
        goTo(pageIndex.get() + 1);
    }

    public void previous() {
        goTo(pageIndex.get() - 1);
    }

    public void zoomIn() {
        zoomBy(1);
    }

    public void zoomOut() {
        zoomBy(-1);
    }

    private void zoomBy(int steps) {
        int at = 0;
        for (int i = 0; i < ZOOMS.length; i++) {
            if (Math.abs(ZOOMS[i] - zoom.get()) < 1e-6) {
                at = i;
            }
        }
        int next = Math.max(0, Math.min(ZOOMS.length - 1, at + steps));
        if (next != at) {
            zoom.set(ZOOMS[next]);
            goTo(pageIndex.get());
        }
    }

    public void export(MinutesFormat format, Path target) {
        busy.set(true);
        ProfileKind chosen = kind.get();
        tasks.run(() -> {
            service.export(meetingId, format, target, chosen);
            return target;
        }, done -> {
            busy.set(false);
            status.set(messages.format("minutes.exported", done.getFileName().toString()));
        }, this::fail);
    }

    public void finalizeMinutes(String by) {
        busy.set(true);
        tasks.run(() -> service.finalizeMinutes(meetingId, by), (MinutesVersion v) -> {
            status.set(messages.format("minutes.finalized", CanonicalMinutes.footer(v.versionNo(), v.sha256())));
            reload();
        }, this::fail);
    }

    private void show(PageImages.Page rendered) {
        page.set(rendered.image());
        pageIndex.set(rendered.index());
        pageCount.set(rendered.count());
        busy.set(false);
    }

    private void fail(Throwable error) {
        busy.set(false);
        status.set(MinutesErrors.sentence(messages, error));
        onError.accept(error);
    }

    private float dpi() {
        return (float) (SCREEN_DPI * zoom.get());
    }

    /** The PDF shown, for printing or the system viewer; null until the first render. */
    public byte[] pdf() {
        return pdf;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public void setStatus(String text) {
        status.set(text);
    }

    public ObjectProperty<Image> pageProperty() {
        return page;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<ProfileKind> kindProperty() {
        return kind;
    }
}

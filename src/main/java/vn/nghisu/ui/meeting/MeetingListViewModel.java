package vn.nghisu.ui.meeting;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.service.MeetingService;
import vn.nghisu.ui.task.BackgroundTasks;

/** State of the meetings list: the rows, whether it is loading, whether to offer the sample. */
public final class MeetingListViewModel {
    private final MeetingService service;
    private final BackgroundTasks tasks;
    private final Consumer<Throwable> onError;
    private final ObservableList<MeetingSummary> meetings = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty offerSample = new SimpleBooleanProperty();

    public MeetingListViewModel(MeetingService service, BackgroundTasks tasks, Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.onError = onError;
    }

    public void refresh() {
        loading.set(true);
        tasks.run(service::list, this::show, this::fail);
    }

    public void loadSample() {
        offerSample.set(false);
        loading.set(true);
        tasks.run(() -> {
            service.loadSample();
            return service.list();
        }, this::show, this::fail);
    }

    private void show(List<MeetingSummary> rows) {
        meetings.setAll(rows);
        offerSample.set(rows.isEmpty());
        loading.set(false);
    }

    private void fail(Throwable error) {
        loading.set(false);
        onError.accept(error);
    }

    public ObservableList<MeetingSummary> meetings() {
        return meetings;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty offerSampleProperty() {
        return offerSample;
    }
}

package vn.nghisu.ui.directory;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.nghisu.service.DirectoryData;
import vn.nghisu.service.DirectoryService;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.task.BackgroundTasks;

/** State of Danh bạ: the loaded directory, the save state, and the deletes that Ctrl+Z can undo. */
public final class DirectoryViewModel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final DirectoryService service;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<DirectoryData> data = new SimpleObjectProperty<>(
            new DirectoryData(List.of(), List.of(), List.of(), List.of(), Map.of()));
    private final StringProperty saveState = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final Deque<Deleted> undoable = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();

    public DirectoryViewModel(DirectoryService service, BackgroundTasks tasks, Messages messages,
                              Consumer<Throwable> onError) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
    }

    public DirectoryService service() {
        return service;
    }

    public void refresh() {
        tasks.run(service::load, data::set, onError);
    }

    /** Runs a write off the FX thread, then reloads; callbacks come on the FX thread, errors are shown. */
    public void write(Callable<String> work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        saveState.set(messages.get("status.saving"));
        tasks.run(() -> new Written(work.call(), service.load()), w -> {
            onSuccess.run();
            canUndo.set(!undoable.isEmpty());
            data.set(w.data());
            saveState.set(messages.format("status.saved", LocalTime.now().format(CLOCK)));
            notice.set("");
            notice.set(w.notice() == null ? "" : w.notice());
        }, e -> {
            saveState.set(messages.format("status.error", messages.get("error.title")));
            onError.accept(e);
            onFailure.accept(e);
            canUndo.set(!undoable.isEmpty());
        });
    }

    public void delete(Object entry, String name) {
        write(() -> {
            service.delete(entry);
            return messages.format("directory.deleted", name);
        }, () -> undoable.push(new Deleted(entry, name)), e -> { });
    }

    /** Restores the most recent delete, if any; true when there was one. */
    public boolean undo() {
        Deleted last = undoable.poll();
        if (last == null) {
            return false;
        }
        write(() -> {
            service.restore(last.entry());
            return messages.format("directory.restored", last.name());
        }, () -> { }, e -> undoable.push(last));
        return true;
    }

    public ObjectProperty<DirectoryData> dataProperty() {
        return data;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public StringProperty saveStateProperty() {
        return saveState;
    }

    /** The last outcome worth telling (deleted, restored, merged); empty after a plain save. */
    public StringProperty noticeProperty() {
        return notice;
    }

    private record Written(String notice, DirectoryData data) {
    }

    private record Deleted(Object entry, String name) {
    }
}

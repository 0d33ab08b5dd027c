package vn.nghisu.ui.meeting;

import java.time.LocalDate;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;
import vn.nghisu.ui.exchange.ConcurrentEditDialog;

/** The meetings section: the list, and the editor of one meeting in its place when opened. */
public final class MeetingsPane extends StackPane {
    static final Duration DEBOUNCE = Duration.millis(600);
    private final UiContext ctx;
    private final MeetingListViewModel listModel;
    private final MeetingListView list;

    public MeetingsPane(UiContext ctx) {
        this.ctx = ctx;
        Messages m = ctx.messages();
        listModel = new MeetingListViewModel(ctx.meetings(), ctx.tasks(), e -> ErrorDialog.show(m, e));
        list = new MeetingListView(listModel, m);
        list.setOnOpen(this::open);
        list.setOnNew(this::createAndOpen);
        getChildren().setAll(list);
    }

    /** A new draft meeting dated today, opened with its title selected so typing replaces it. */
    public void createAndOpen() {
        String title = ctx.messages().get("meetings.new");
        ctx.tasks().run(() -> ctx.services().editor().create(title, LocalDate.now()), this::open,
                e -> ErrorDialog.show(ctx.messages(), e));
    }

    public void open(UUID meetingId) {
        Messages m = ctx.messages();
        Autosaver autosaver = new Autosaver(ctx.tasks(), DEBOUNCE, ctx.services().editor()::makeDurable,
                ctx.services().editor()::recoverAfterFailedSave);
        MeetingEditorViewModel vm = new MeetingEditorViewModel(ctx.services().editor(), ctx.meetings(),
                ctx.services().followUps().carryForward(), ctx.tasks(),
                autosaver, e -> ErrorDialog.show(m, e));
        MeetingEditorView editor = new MeetingEditorView(vm, m, () -> autosaver.flush(this::showList));
        getChildren().setAll(editor);
        vm.conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                // after the change event, not inside it: the dialog runs a nested event loop
                Platform.runLater(() -> ConcurrentEditDialog.ask(m, conflict).ifPresent(choice -> {
                    if (choice == ConcurrentEditDialog.Choice.KEEP_MINE) {
                        vm.keepMine(conflict);
                    } else {
                        vm.takeTheirs(conflict);
                    }
                }));
            }
        });
        vm.open(meetingId);
    }

    public MeetingListView list() {
        return list;
    }

    /** Reloads the meetings list, e.g. after a package import added meetings. */
    public void refreshList() {
        listModel.refresh();
    }

    private void showList() {
        getChildren().setAll(list);
        listModel.refresh();
        list.focusTable();
    }
}

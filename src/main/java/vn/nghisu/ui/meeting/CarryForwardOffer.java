package vn.nghisu.ui.meeting;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import vn.nghisu.service.followup.CarryForwardService;
import vn.nghisu.ui.task.BackgroundTasks;

/**
 * Counts the open action items of earlier meetings with the same host unit or working group, so the agenda
 * can offer them as the review item "Rà soát việc thực hiện các kết luận trước"; rechecked when the host,
 * the group or the date changes, and gone once the meeting has the review item.
 */
final class CarryForwardOffer {
    final IntegerProperty open = new SimpleIntegerProperty();
    private final MeetingEditorViewModel vm;
    private final CarryForwardService service;
    private final BackgroundTasks tasks;
    private long asked;

    CarryForwardOffer(MeetingEditorViewModel vm, CarryForwardService service, BackgroundTasks tasks) {
        this.vm = vm;
        this.service = service;
        this.tasks = tasks;
        InvalidationListener recheck = o -> check();
        GeneralForm g = vm.general;
        g.host.addListener(recheck);
        g.group.addListener(recheck);
        g.date.addListener(recheck);
        vm.agenda.addListener(recheck);
        vm.loaded.addListener(recheck);
    }

    private void check() {
        long question = ++asked; // only the latest check may set the count: an older answer arrives stale
        GeneralForm g = vm.general;
        UUID host = g.host.get() == null ? null : g.host.get().id();
        UUID group = g.group.get() == null ? null : g.group.get().id();
        LocalDate date = g.date.get();
        boolean reviewed = vm.agenda.stream().anyMatch(a -> CarryForwardService.REVIEW_TITLE.equals(a.title.get()));
        if (!vm.loaded.get() || reviewed || date == null || host == null && group == null) {
            open.set(0);
            return;
        }
        tasks.run(() -> service.previousOpenItems(host, group, date).size(), n -> {
            if (question == asked) {
                open.set(n);
            }
        }, e -> open.set(0));
    }

    /** Adds the review item first on the agenda, its notes listing the open items, and shows it. */
    void accept() {
        if (open.get() > 0) {
            vm.changeStored(() -> service.addReviewAgendaItem(vm.meetingId()));
        }
    }
}

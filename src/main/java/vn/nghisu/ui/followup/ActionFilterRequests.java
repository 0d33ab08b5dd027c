package vn.nghisu.ui.followup;

import javafx.beans.property.ObjectProperty;

/** Hands a filter requested by another screen to a list, now and whenever a new request comes. */
final class ActionFilterRequests {
    private ActionFilterRequests() {
    }

    static <F> void follow(ObjectProperty<F> request, ObjectProperty<F> target) {
        if (request.get() != null) {
            target.set(request.get());
        }
        request.addListener((obs, old, now) -> {
            if (now != null) {
                target.set(now);
            }
        });
    }
}

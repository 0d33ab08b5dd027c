package vn.nghisu.service.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.Directive;
import vn.nghisu.minutes.ActionEntry;
import vn.nghisu.minutes.Conclusion;

/**
 * Groups a meeting's action items under the directives that gave them. A directive whose only task repeats
 * its words prints as the task alone, and such neighbours share one table rather than one table each.
 */
final class ConclusionsAssembly {

    private ConclusionsAssembly() {
    }

    static List<Conclusion> of(List<Directive> directives, List<ActionItem> items,
                               Function<ActionItem, ActionEntry> toEntry) {
        List<Conclusion> result = new ArrayList<>();
        for (Directive d : directives) {
            List<ActionEntry> actions = items.stream().filter(i -> d.id().equals(i.directiveId())).map(toEntry).toList();
            boolean repeated = actions.size() == 1 && actions.get(0).title().equals(d.text().strip());
            add(result, new Conclusion(repeated ? "" : d.text(), actions));
        }
        List<ActionEntry> loose = items.stream()
                .filter(i -> i.directiveId() == null || directives.stream().noneMatch(d -> d.id().equals(i.directiveId())))
                .map(toEntry).toList();
        if (!loose.isEmpty()) {
            add(result, new Conclusion("", loose));
        }
        return result;
    }

    private static void add(List<Conclusion> result, Conclusion next) {
        int last = result.size() - 1;
        if (next.text().isBlank() && last >= 0 && result.get(last).text().isBlank()) {
            List<ActionEntry> merged = new ArrayList<>(result.get(last).actions());
            merged.addAll(next.actions());
            result.set(last, new Conclusion("", merged));
        } else if (!next.text().isBlank() || !next.actions().isEmpty()) {
            result.add(next);
        }
    }
}

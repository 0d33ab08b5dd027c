package vn.nghisu.service;

import java.util.List;
import java.util.Map;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;

/** One read of the whole directory, every list already in Vietnamese order. */
public record DirectoryData(List<Unit> units, List<Person> persons, List<WorkingGroup> groups,
                            List<SubCommittee> subCommittees, Map<ListKind, List<ListItem>> lists) {
    public DirectoryData {
        units = List.copyOf(units);
        persons = List.copyOf(persons);
        groups = List.copyOf(groups);
        subCommittees = List.copyOf(subCommittees);
        lists = Map.copyOf(lists);
    }

    public List<ListItem> list(ListKind kind) {
        return lists.getOrDefault(kind, List.of());
    }
}

package vn.nghisu.service;

import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.store.Repositories;

/** Soft delete and restore of a directory entry, dispatched on its record type. */
final class DirectoryEntries {
    private DirectoryEntries() {
    }

    static void delete(Repositories r, Object entry) {
        if (entry instanceof Unit u) {
            r.units().delete(u.id());
        } else if (entry instanceof Person p) {
            r.persons().delete(p.id());
        } else if (entry instanceof WorkingGroup g) {
            r.groups().delete(g.id());
        } else if (entry instanceof SubCommittee s) {
            r.subCommittees().delete(s.id());
        } else if (entry instanceof ListItem i) {
            r.lists().delete(i.kind(), i.id());
        } else {
            throw new IllegalArgumentException("Not a directory entry: " + entry);
        }
    }

    static void restore(Repositories r, Object entry) {
        if (entry instanceof Unit u) {
            r.units().restore(u.id());
        } else if (entry instanceof Person p) {
            r.persons().restore(p.id());
        } else if (entry instanceof WorkingGroup g) {
            r.groups().restore(g.id());
        } else if (entry instanceof SubCommittee s) {
            r.subCommittees().restore(s.id());
        } else if (entry instanceof ListItem i) {
            r.lists().restore(i.kind(), i.id());
        } else {
            throw new IllegalArgumentException("Not a directory entry: " + entry);
        }
    }
}

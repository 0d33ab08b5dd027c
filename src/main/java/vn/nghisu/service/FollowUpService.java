package vn.nghisu.service;

import java.util.List;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.store.Database;
import vn.nghisu.store.FollowUpQueries;

/** What the chair follows after the meeting: action items and the issue register. */
public final class FollowUpService {
    private final Database db;

    public FollowUpService(Database db) {
        this.db = db;
    }

    public List<ActionItemRow> actionItems() {
        return new FollowUpQueries(db.dsl()).actionItems();
    }

    public List<IssueRow> issues() {
        return new FollowUpQueries(db.dsl()).issues();
    }
}

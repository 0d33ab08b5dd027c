package vn.nghisu.service.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.nghisu.domain.GroupCount;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.IssueFilter;
import vn.nghisu.domain.IssueGroupBy;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.store.Database;
import vn.nghisu.store.IssueQuery;

/** The issue register: filtered and grouped lists, one issue whole, status and resolution changes. */
public final class IssueService {
    private final Database db;

    public IssueService(Database db) {
        this.db = db;
    }

    public List<IssueRow> list(IssueFilter filter) {
        return new IssueQuery(db.dsl()).find(filter);
    }

    public List<GroupCount> groups(IssueFilter filter, IssueGroupBy by) {
        return new IssueQuery(db.dsl()).groups(filter, by);
    }

    public Optional<Issue> find(UUID id) {
        return db.repositories().issues().find(id);
    }

    /** Saves status, escalation body, resolution and its date (validated by the Issue record). */
    public void save(Issue issue) {
        db.repositories().issues().save(issue);
    }

    public List<UUID> linkedActions(UUID issueId) {
        return new IssueQuery(db.dsl()).linkedActions(issueId);
    }
}

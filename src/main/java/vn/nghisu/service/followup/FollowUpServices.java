package vn.nghisu.service.followup;

import java.time.Clock;
import vn.nghisu.store.Database;

/** The follow-up services over one database, wired together once. */
public record FollowUpServices(ActionItemService actions, CarryForwardService carryForward, IssueService issues,
                               PlanService plans, SearchService search, ReportService reports) {

    public static FollowUpServices over(Database db, Clock clock) {
        ActionItemService actions = new ActionItemService(db, clock);
        IssueService issues = new IssueService(db);
        return new FollowUpServices(actions, new CarryForwardService(db), issues, new PlanService(db, actions),
                new SearchService(db), new ReportService(db, issues, actions));
    }
}

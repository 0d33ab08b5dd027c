package vn.nghisu.store;

import org.jooq.DSLContext;

/**
 * All repositories over one DSLContext. Services take this so that a unit of work can run the same
 * repositories inside a transaction: {@code db.transaction(repos -> ...)}.
 */
public record Repositories(UnitRepository units, PersonRepository persons, WorkingGroupRepository groups,
                           SubCommitteeRepository subCommittees, ListRepository lists, MeetingRepository meetings,
                           MeetingPartsRepository parts, IssueRepository issues, ActionItemRepository actions,
                           ActionPlanRepository plans, MinutesRepository minutes, AuditRepository audit) {

    public static Repositories over(DSLContext dsl) {
        return new Repositories(new UnitRepository(dsl), new PersonRepository(dsl), new WorkingGroupRepository(dsl),
                new SubCommitteeRepository(dsl), new ListRepository(dsl), new MeetingRepository(dsl),
                new MeetingPartsRepository(dsl), new IssueRepository(dsl), new ActionItemRepository(dsl),
                new ActionPlanRepository(dsl), new MinutesRepository(dsl), new AuditRepository(dsl));
    }
}

package vn.nghisu.bench;

import java.util.UUID;
import org.jooq.DSLContext;

/** Finds the meeting with the most rows hanging off it (attendance, statements, issues, directives, actions). */
final class LargestMeeting {
    private LargestMeeting() {
    }

    static UUID find(DSLContext dsl) {
        Object id = dsl.fetchValue("""
                select m.id from meeting m order by
                  (select count(*) from attendance a where a.meeting_id = m.id)
                + (select count(*) from statement s where s.meeting_id = m.id)
                + (select count(*) from issue i where i.meeting_id = m.id)
                + (select count(*) from directive d where d.meeting_id = m.id)
                + (select count(*) from action_item x where x.meeting_id = m.id) desc, m.id
                limit 1""");
        return id instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(id));
    }
}

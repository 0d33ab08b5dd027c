package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.ACTION_ITEM;
import static vn.nghisu.store.generated.Tables.DIRECTIVE;
import static vn.nghisu.store.generated.Tables.ISSUE;
import static vn.nghisu.store.generated.Tables.MEETING;
import static vn.nghisu.store.generated.Tables.PERSON;
import static vn.nghisu.store.generated.Tables.STATEMENT;
import static vn.nghisu.store.generated.Tables.UNIT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.nghisu.domain.SearchKind;

/** Where each kind of searchable record comes from: its title, extra text, date and meeting, and when it changed. */
final class SearchSources {
    private static final Field<LocalDate> NO_DATE = DSL.inline((LocalDate) null);
    private static final Field<UUID> NO_MEETING = DSL.inline((UUID) null);
    private static final Field<String> NO_TEXT = DSL.inline((String) null);

    /** A changed source row; deleted rows leave the index. */
    record Change(UUID id, String title, String extra, LocalDate date, UUID meetingId, OffsetDateTime updatedAt,
                  boolean deleted) {
    }

    /** How far the index has followed a kind: rows are taken in (updated_at, id) order, after this one. */
    record Mark(OffsetDateTime at, UUID id) {
        /** Every row at this timestamp read: after one query, nothing at or before it is left. */
        Mark wholeTimestamp() {
            return new Mark(at, null);
        }
    }

    private SearchSources() {
    }

    /**
     * Rows of the kind changed after the watermark (all rows when it is null), in (updated_at, id) order. A mark
     * with an id (where the stored index stops) first takes the rest of its timestamp, then the later ones: two
     * queries that each use the updated_at index, where one with OR would read the whole table at every sync.
     */
    static List<Change> changedSince(DSLContext dsl, SearchKind kind, Mark after) {
        if (after == null) {
            return changed(dsl, kind, (updatedAt, id) -> DSL.trueCondition());
        }
        List<Change> changes = new ArrayList<>();
        if (after.id() != null) {
            changes.addAll(changed(dsl, kind, (updatedAt, id) -> updatedAt.eq(after.at()).and(id.gt(after.id()))));
        }
        changes.addAll(changed(dsl, kind, (updatedAt, id) -> updatedAt.gt(after.at())));
        return changes;
    }

    private static List<Change> changed(DSLContext dsl, SearchKind kind,
                                        BiFunction<Field<OffsetDateTime>, Field<UUID>, Condition> after) {
        return switch (kind) {
            case MEETING -> dsl.select(MEETING.ID, MEETING.TITLE, MEETING.PLACE, MEETING.MEETING_DATE, MEETING.ID,
                            MEETING.UPDATED_AT, MEETING.DELETED_AT).from(MEETING)
                    .where(after.apply(MEETING.UPDATED_AT, MEETING.ID))
                    .orderBy(MEETING.UPDATED_AT, MEETING.ID).fetch(SearchSources::change);
            case STATEMENT -> dsl.select(STATEMENT.ID, STATEMENT.SUMMARY, NO_TEXT, MEETING.MEETING_DATE,
                            STATEMENT.MEETING_ID, STATEMENT.UPDATED_AT, STATEMENT.DELETED_AT).from(STATEMENT)
                    .leftJoin(MEETING).on(MEETING.ID.eq(STATEMENT.MEETING_ID))
                    .where(after.apply(STATEMENT.UPDATED_AT, STATEMENT.ID))
                    .orderBy(STATEMENT.UPDATED_AT, STATEMENT.ID).fetch(SearchSources::change);
            case ISSUE -> dsl.select(ISSUE.ID, ISSUE.TITLE, ISSUE.DETAIL, MEETING.MEETING_DATE, ISSUE.MEETING_ID,
                            ISSUE.UPDATED_AT, ISSUE.DELETED_AT).from(ISSUE)
                    .leftJoin(MEETING).on(MEETING.ID.eq(ISSUE.MEETING_ID))
                    .where(after.apply(ISSUE.UPDATED_AT, ISSUE.ID))
                    .orderBy(ISSUE.UPDATED_AT, ISSUE.ID).fetch(SearchSources::change);
            case DIRECTIVE -> dsl.select(DIRECTIVE.ID, DIRECTIVE.BODY, NO_TEXT, MEETING.MEETING_DATE,
                            DIRECTIVE.MEETING_ID, DIRECTIVE.UPDATED_AT, DIRECTIVE.DELETED_AT).from(DIRECTIVE)
                    .leftJoin(MEETING).on(MEETING.ID.eq(DIRECTIVE.MEETING_ID))
                    .where(after.apply(DIRECTIVE.UPDATED_AT, DIRECTIVE.ID))
                    .orderBy(DIRECTIVE.UPDATED_AT, DIRECTIVE.ID).fetch(SearchSources::change);
            case ACTION -> dsl.select(ACTION_ITEM.ID, ACTION_ITEM.TITLE, NO_TEXT, ACTION_ITEM.DEADLINE,
                            ACTION_ITEM.MEETING_ID, ACTION_ITEM.UPDATED_AT, ACTION_ITEM.DELETED_AT).from(ACTION_ITEM)
                    .where(after.apply(ACTION_ITEM.UPDATED_AT, ACTION_ITEM.ID))
                    .orderBy(ACTION_ITEM.UPDATED_AT, ACTION_ITEM.ID).fetch(SearchSources::change);
            case UNIT -> dsl.select(UNIT.ID, UNIT.NAME, UNIT.SHORT_NAME, NO_DATE, NO_MEETING, UNIT.UPDATED_AT,
                            UNIT.DELETED_AT).from(UNIT)
                    .where(after.apply(UNIT.UPDATED_AT, UNIT.ID))
                    .orderBy(UNIT.UPDATED_AT, UNIT.ID).fetch(SearchSources::change);
            case PERSON -> dsl.select(PERSON.ID, PERSON.FULL_NAME, PERSON.POSITION_TITLE, NO_DATE, NO_MEETING,
                            PERSON.UPDATED_AT, PERSON.DELETED_AT).from(PERSON)
                    .where(after.apply(PERSON.UPDATED_AT, PERSON.ID))
                    .orderBy(PERSON.UPDATED_AT, PERSON.ID).fetch(SearchSources::change);
        };
    }

    private static Change change(org.jooq.Record7<UUID, String, String, LocalDate, UUID, OffsetDateTime,
            OffsetDateTime> r) {
        return new Change(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7() != null);
    }
}

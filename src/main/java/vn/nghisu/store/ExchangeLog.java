package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.EXCHANGE_EXPORT;
import static vn.nghisu.store.generated.Tables.INSTALLATION;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.Ids;
import vn.nghisu.domain.Texts;

/** This installation's identity (stamped on every package) and the record of exports to each office. */
public final class ExchangeLog {
    private final DSLContext dsl;

    public ExchangeLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The installation's UUID, created on first use; a shared office database has one for all its users. */
    public UUID installationId() {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            Optional<UUID> id = t.select(INSTALLATION.ID).from(INSTALLATION).orderBy(INSTALLATION.CREATED_AT)
                    .limit(1).fetchOptional(INSTALLATION.ID);
            if (id.isPresent()) {
                return id.get();
            }
            UUID fresh = Ids.newId();
            t.insertInto(INSTALLATION).set(INSTALLATION.ID, fresh).execute();
            return fresh;
        });
    }

    /** When the last package for this office was made, if ever. */
    public Optional<OffsetDateTime> lastExport(String office) {
        return dsl.select(EXCHANGE_EXPORT.EXPORTED_AT).from(EXCHANGE_EXPORT)
                .where(EXCHANGE_EXPORT.OFFICE.eq(Texts.clean(office))).and(EXCHANGE_EXPORT.DELETED_AT.isNull())
                .orderBy(EXCHANGE_EXPORT.EXPORTED_AT.desc()).limit(1).fetchOptional(EXCHANGE_EXPORT.EXPORTED_AT);
    }

    /** Offices packages were made for, the most recent first. */
    public java.util.List<String> offices() {
        var last = org.jooq.impl.DSL.max(EXCHANGE_EXPORT.EXPORTED_AT);
        return dsl.select(EXCHANGE_EXPORT.OFFICE, last).from(EXCHANGE_EXPORT).where(EXCHANGE_EXPORT.DELETED_AT.isNull())
                .groupBy(EXCHANGE_EXPORT.OFFICE).orderBy(last.desc()).fetch(EXCHANGE_EXPORT.OFFICE);
    }

    public void recordExport(String office, OffsetDateTime exportedAt, OffsetDateTime since, int meetings, String file) {
        Rows.save(dsl, EXCHANGE_EXPORT, Ids.newId(), new Values().put(EXCHANGE_EXPORT.OFFICE, Texts.clean(office))
                .put(EXCHANGE_EXPORT.EXPORTED_AT, exportedAt).put(EXCHANGE_EXPORT.CHANGED_SINCE, since)
                .put(EXCHANGE_EXPORT.MEETING_COUNT, meetings).put(EXCHANGE_EXPORT.FILE_NAME, file));
    }
}

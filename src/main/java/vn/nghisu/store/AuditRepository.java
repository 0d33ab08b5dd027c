package vn.nghisu.store;

import static vn.nghisu.store.generated.Tables.AUDIT_LOG;

import java.util.UUID;
import org.jooq.DSLContext;
import vn.nghisu.domain.Ids;
import vn.nghisu.domain.Texts;

/** Append-only audit trail of who changed what. */
public final class AuditRepository {
    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(String actor, String entity, UUID entityId, String action, String detail) {
        Rows.save(dsl, AUDIT_LOG, Ids.newId(), new Values()
                .put(AUDIT_LOG.OCCURRED_AT, Rows.now()).put(AUDIT_LOG.ACTOR, Texts.clean(actor))
                .put(AUDIT_LOG.ENTITY, entity).put(AUDIT_LOG.ENTITY_ID, entityId).put(AUDIT_LOG.ACTION, action)
                .put(AUDIT_LOG.DETAIL, Texts.nfc(detail)));
    }

    public int count() {
        return dsl.fetchCount(AUDIT_LOG);
    }
}

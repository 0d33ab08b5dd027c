package vn.nghisu.service.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.nghisu.domain.ActionFilter;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionItemRow;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.DashboardFigures;
import vn.nghisu.domain.ProgressUpdate;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Texts;
import vn.nghisu.domain.Unit;
import vn.nghisu.store.ActionItemQuery;
import vn.nghisu.store.ActionStatusWriter;
import vn.nghisu.store.DashboardQuery;
import vn.nghisu.store.Database;

/** Nhiệm vụ across all meetings and plans: the filtered list, status changes, progress, the dashboard. */
public final class ActionItemService {
    public static final int SOON_DAYS = 7;
    private final Database db;
    private final Clock clock;

    public ActionItemService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<ActionItemRow> list(ActionFilter filter) {
        return new ActionItemQuery(db.dsl()).find(filter, today());
    }

    public DashboardFigures dashboard() {
        return new DashboardQuery(db.dsl()).load(today(), SOON_DAYS);
    }

    public void save(ActionItem item) {
        db.repositories().actions().save(item);
    }

    public void setStatus(UUID itemId, ActionStatus status) {
        setStatus(List.of(itemId), status);
    }

    /** Bulk status change in one statement; returns how many items changed. */
    public int setStatus(Collection<UUID> itemIds, ActionStatus status) {
        return new ActionStatusWriter(db.dsl()).setStatus(itemIds, status, today());
    }

    /** Records a dated progress note; a note at 100 % does not close the item, the status does. */
    public ProgressUpdate addProgress(UUID itemId, LocalDate date, String note, Integer percent) {
        ProgressUpdate update = new ProgressUpdate(null, itemId, date == null ? today() : date, note, percent);
        db.repositories().actions().addProgress(update);
        return update;
    }

    public List<ProgressUpdate> progress(UUID itemId) {
        return db.repositories().actions().progress(itemId);
    }

    /** Ids of the units and sub-committees whose name contains the text, ignoring case and diacritics. */
    public Set<UUID> ownersNamed(String text) {
        String key = Texts.foldKey(text);
        Set<UUID> ids = new HashSet<>();
        for (Unit u : db.repositories().units().findAll()) {
            if (Texts.foldKey(u.name()).contains(key) || Texts.foldKey(u.shortName()).contains(key)) {
                ids.add(u.id());
            }
        }
        for (SubCommittee sc : db.repositories().subCommittees().findAll()) {
            if (Texts.foldKey(sc.name()).contains(key)) {
                ids.add(sc.id());
            }
        }
        return ids;
    }
}

package vn.nghisu.service.followup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.nghisu.domain.ActionItem;
import vn.nghisu.domain.ActionStatus;
import vn.nghisu.domain.Directive;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.IssueStatus;
import vn.nghisu.domain.Meeting;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.store.Database;
import vn.nghisu.store.DatabaseConfig;
import vn.nghisu.store.Repositories;

/** A small follow-up world on a real H2 file: two host units, three meetings, items, issues; today is fixed. */
final class FollowUpFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final UUID SUB_KT = UUID.fromString("00000000-0000-4000-8000-000000000501");
    static final UUID CAT_FINANCE = UUID.fromString("00000000-0000-4000-8000-000000000305");
    static final UUID CAT_STAFF = UUID.fromString("00000000-0000-4000-8000-000000000306");
    static final UUID BTV = UUID.fromString("00000000-0000-4000-8000-000000000401");

    final Database db;
    final FollowUpServices services;
    final Repositories repos;
    final Unit lamBinh = new Unit(null, "Huyện ủy Lâm Bình", "HU Lâm Bình", null, UnitLevel.HUYEN, null);
    final Unit naHang = new Unit(null, "Huyện ủy Na Hang", null, null, UnitLevel.HUYEN, null);
    final Person lead = new Person(null, "Ma Thị Hằng", "Trưởng Ban Tổ chức", null);
    final Meeting january;
    final Meeting march;
    final Meeting naHangMeeting;
    final Directive directive;
    final ActionItem overdue;
    final ActionItem dueSoon;
    final ActionItem doneLate;
    final ActionItem bySubCommittee;
    final ActionItem naHangItem;
    final Issue finance;
    final Issue staff;

    FollowUpFixture(Path dir) {
        db = Database.open(DatabaseConfig.embedded(dir));
        services = FollowUpServices.over(db, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        repos = db.repositories();
        repos.units().save(lamBinh);
        repos.units().save(naHang);
        repos.persons().save(lead);
        january = meeting("Làm việc với Huyện ủy Lâm Bình", LocalDate.of(2026, 1, 10), lamBinh);
        march = meeting("Làm việc lần hai với Huyện ủy Lâm Bình", LocalDate.of(2026, 3, 1), lamBinh);
        naHangMeeting = meeting("Làm việc với Huyện ủy Na Hang", LocalDate.of(2026, 2, 1), naHang);
        directive = new Directive(null, january.id(), 1, "Giao rà soát đề án vị trí việc làm");
        repos.parts().save(directive);
        overdue = item("Rà soát đề án vị trí việc làm", january, lamBinh.id(), null, LocalDate.of(2026, 5, 31),
                ActionStatus.NOT_STARTED);
        dueSoon = item("Báo cáo công tác tài chính", january, lamBinh.id(), null, LocalDate.of(2026, 6, 20),
                ActionStatus.IN_PROGRESS);
        doneLate = item("Hoàn thiện quy hoạch cán bộ", january, lamBinh.id(), null, LocalDate.of(2026, 4, 1),
                ActionStatus.DONE);
        bySubCommittee = item("Kiểm tra việc thực hiện quy chế dân chủ", march, null, SUB_KT,
                LocalDate.of(2026, 9, 30), ActionStatus.NOT_STARTED);
        naHangItem = item("Tổng hợp kiến nghị của Na Hang", naHangMeeting, naHang.id(), null,
                LocalDate.of(2026, 6, 1), ActionStatus.NOT_STARTED);
        finance = new Issue(null, january.id(), "Khó khăn về kinh phí hoạt động", "Công tác tài chính cơ sở",
                CAT_FINANCE, lamBinh.id(), IssueStatus.ESCALATED, BTV, null, null, 1);
        staff = new Issue(null, naHangMeeting.id(), "Thiếu biên chế cấp xã", null, CAT_STAFF, naHang.id(),
                IssueStatus.NEW, null, null, null, 1);
        repos.issues().save(finance);
        repos.issues().save(staff);
    }

    private Meeting meeting(String title, LocalDate date, Unit host) {
        Meeting m = new Meeting(null, title, null, date, null, null, null, host.id(), null, null, null, null, null);
        repos.meetings().save(m);
        return m;
    }

    ActionItem item(String title, Meeting m, UUID unit, UUID sub, LocalDate deadline, ActionStatus status) {
        ActionItem a = new ActionItem(null, title, m.id(), null, null, unit, sub, lead.id(), List.of(), deadline,
                status, 0);
        repos.actions().save(a);
        return a;
    }

    @Override
    public void close() {
        db.close();
    }
}

package vn.nghisu.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sample meeting of shared/samples/lam-binh-working-session.md, built in code with its strings verbatim. */
final class SampleMinutes {

    static final String SUBJECT = "Làm việc với huyện Lâm Bình về kết quả thực hiện Cuộc vận động "
            + "\"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"";
    static final String PLACE = "Hội trường Huyện ủy Lâm Bình";
    static final LocalDate DATE = LocalDate.of(2026, 10, 14);
    static final String CLOSING = "Buổi làm việc kết thúc lúc 11 giờ 15 phút cùng ngày.";

    static final List<AttendingUnit> ATTENDANCE = List.of(
            unit("Ủy ban MTTQ tỉnh", Delegate.present("Nguyễn Thị Hà", "Phó Chủ tịch"),
                    Delegate.present("Hoàng Văn Tú", "Chuyên viên")),
            unit("Hội Nông dân tỉnh", Delegate.present("Lý Văn Sơn", "Phó Chủ tịch")),
            unit("Hội Liên hiệp Phụ nữ tỉnh", Delegate.present("Đặng Thị Ngọc Ánh", "Trưởng ban Gia đình - Xã hội")),
            unit("Tỉnh đoàn", new Delegate("Ma Văn Quyết", "Phó Bí thư", Presence.EXCUSED, "công tác đột xuất")),
            unit("Hội Cựu chiến binh tỉnh", Delegate.present("Phạm Đức Lượng", "Ủy viên Ban Thường vụ")),
            unit("Huyện ủy Lâm Bình", Delegate.present("Chẩu Văn Thiện", "Phó Bí thư Thường trực Huyện ủy")),
            unit("Ủy ban MTTQ huyện Lâm Bình", Delegate.present("Quan Thị Yến", "Chủ tịch"),
                    Delegate.present("Bàn Văn Khánh", "Phó Chủ tịch")),
            unit("UBND xã Thượng Lâm", new Delegate("Triệu Văn Đức", "Chủ tịch", Presence.ABSENT, "")));

    static final Signer CHAIR = new Signer("Nguyễn Thị Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh, Trưởng đoàn");
    static final Signer SECRETARY = new Signer("Hoàng Văn Tú", "Chuyên viên Ban Phong trào, Ủy ban MTTQ tỉnh");

    static final List<String> AGENDA_TITLES = List.of(
            "Ủy ban MTTQ huyện báo cáo kết quả thực hiện Cuộc vận động 9 tháng năm 2026",
            "Các thành viên đoàn công tác trao đổi, thảo luận",
            "Ý kiến của Huyện ủy Lâm Bình",
            "Kết luận của đồng chí Trưởng đoàn");

    static final Statement YEN = new Statement("Quan Thị Yến", "9 tháng, toàn huyện vận động được 2,4 tỷ đồng và "
            + "3.150 ngày công xây dựng đường giao thông nông thôn; 12/37 thôn đạt chuẩn khu dân cư kiểu mẫu.");
    static final Statement SON = new Statement("Lý Văn Sơn", "Đề nghị làm rõ cơ chế lồng ghép nguồn vốn hỗ trợ "
            + "hộ nghèo với mô hình sinh kế của Hội Nông dân.");
    static final Statement ANH = new Statement("Đặng Thị Ngọc Ánh", "Phụ nữ các thôn vùng cao còn ngại tham gia "
            + "sinh hoạt; cần tăng cường tuyên truyền bằng tiếng Tày, tiếng Dao.");
    static final Statement THIEN = new Statement("Chẩu Văn Thiện", "Huyện ủy sẽ chỉ đạo rà soát, bố trí kinh phí "
            + "cho Ban Công tác Mặt trận ở khu dân cư.");

    static final List<RaisedIssue> ISSUES = List.of(
            new RaisedIssue("Kinh phí hoạt động của Ban Công tác Mặt trận ở khu dân cư còn thấp, chưa đáp ứng yêu cầu",
                    "Công tác tài chính", "Ủy ban MTTQ huyện Lâm Bình"),
            new RaisedIssue("Cán bộ Mặt trận cấp xã kiêm nhiệm nhiều việc, khó theo dõi phong trào",
                    "Sắp xếp vị trí việc làm", "Ủy ban MTTQ huyện Lâm Bình"),
            new RaisedIssue("Địa bàn rộng, giao thông đi lại khó khăn vào mùa mưa lũ",
                    "Cách thức tổ chức thực hiện", "Huyện ủy Lâm Bình"),
            new RaisedIssue("Chưa có hướng dẫn thống nhất về đánh giá, xếp loại khu dân cư kiểu mẫu",
                    "Chế độ chính sách", "Hội Nông dân tỉnh"));

    static final List<ActionEntry> ACTIONS = List.of(
            new ActionEntry("Ủy ban MTTQ huyện Lâm Bình hoàn thiện báo cáo, bổ sung số liệu theo từng xã",
                    "Ủy ban MTTQ huyện Lâm Bình", List.of(), LocalDate.of(2026, 10, 31)),
            new ActionEntry("Tiểu ban Tuyên truyền - Vận động xây dựng kế hoạch tuyên truyền bằng tiếng dân tộc "
                    + "tại 15 thôn vùng cao", "Tiểu ban Tuyên truyền - Vận động", List.of("Hội Liên hiệp Phụ nữ tỉnh"),
                    LocalDate.of(2026, 11, 15)),
            new ActionEntry("Tiểu ban Kiểm tra - Giám sát giám sát việc sử dụng kinh phí hỗ trợ khu dân cư năm 2026",
                    "Tiểu ban Kiểm tra - Giám sát", List.of(), LocalDate.of(2026, 11, 30)),
            new ActionEntry("Văn phòng khối tổng hợp kiến nghị về kinh phí và biên chế, báo cáo Ban Thường trực "
                    + "Ủy ban MTTQ tỉnh", "Văn phòng khối", List.of(), LocalDate.of(2026, 11, 20)));

    private SampleMinutes() {
    }

    static MinutesDocument document() {
        return withStatementsRepeated(1);
    }

    /** The sample with the discussion statements repeated, to make long minutes. */
    static MinutesDocument withStatementsRepeated(int times) {
        List<Statement> discussion = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            discussion.add(SON);
            discussion.add(ANH);
        }
        List<AgendaEntry> agenda = List.of(
                new AgendaEntry(AGENDA_TITLES.get(0), List.of(YEN), ""),
                new AgendaEntry(AGENDA_TITLES.get(1), discussion, ""),
                new AgendaEntry(AGENDA_TITLES.get(2), List.of(THIEN), ""),
                new AgendaEntry(AGENDA_TITLES.get(3), List.of(), ""));
        return new MinutesDocument(
                new MinutesHeader("Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang", "Ban Thường trực", "Số: 12/BB-MTTQ",
                        "Lâm Bình", DATE),
                "", SUBJECT, DATE, LocalTime.of(8, 0), LocalTime.of(11, 15), PLACE, ATTENDANCE, CHAIR, SECRETARY,
                agenda, ISSUES, List.of(new Conclusion("", ACTIONS)), List.of(), CLOSING, LocalTime.of(11, 15), "");
    }

    /** Every string of the sample that must come out of a rendered document exactly as typed. */
    static List<String> expectedStrings() {
        Stream<String> delegates = ATTENDANCE.stream().flatMap(unit -> Stream.concat(Stream.of(unit.name()),
                unit.delegates().stream().flatMap(d -> Stream.of(d.name(), d.title(), d.reason()))));
        Stream<String> statements = Stream.of(YEN, SON, ANH, THIEN)
                .flatMap(s -> Stream.of(s.speaker(), s.summary()));
        Stream<String> issues = ISSUES.stream().flatMap(i -> Stream.of(i.title(), i.category(), i.raisedBy()));
        Stream<String> actions = ACTIONS.stream().flatMap(a -> Stream.concat(
                Stream.of(a.title(), a.owner(), VietnameseDates.shortDate(a.deadline())),
                a.coordinatingUnits().stream()));
        Stream<String> general = Stream.of(SUBJECT, PLACE, CLOSING, CHAIR.name(), CHAIR.title(), SECRETARY.name(),
                SECRETARY.title(), "Số: 12/BB-MTTQ", "BIÊN BẢN");
        return Stream.of(general, delegates, AGENDA_TITLES.stream(), statements, issues, actions)
                .flatMap(s -> s)
                .filter(s -> !s.isBlank())
                .distinct()
                .toList();
    }

    private static AttendingUnit unit(String name, Delegate... delegates) {
        return new AttendingUnit(name, List.of(delegates));
    }
}

package vn.nghisu.service.demo;

import java.util.List;
import java.util.Random;

/** Vietnamese vocabulary the province generator draws its names and sentences from. */
final class ProvinceTexts {
    static final List<String> DISTRICTS = List.of("Lâm Bình", "Na Hang", "Chiêm Hóa", "Hàm Yên", "Yên Sơn",
            "Sơn Dương", "Tuyên Quang", "Bắc Mê", "Vị Xuyên", "Quản Bạ", "Đồng Văn", "Mèo Vạc");
    static final List<String> PROVINCE_UNITS = List.of("Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy",
            "Ủy ban Kiểm tra Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Văn phòng Tỉnh ủy", "Ủy ban nhân dân tỉnh",
            "Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh",
            "Liên đoàn Lao động tỉnh");
    static final List<String> DISTRICT_UNITS = List.of("Huyện ủy", "Ủy ban nhân dân huyện",
            "Ủy ban MTTQ Việt Nam huyện", "Ban Tổ chức Huyện ủy");
    static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Ma", "Nông", "Triệu", "Quan", "Hà");
    static final List<String> MIDDLE = List.of("Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân");
    static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hùng",
            "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Quang", "Sơn", "Thảo",
            "Thắng", "Thủy", "Trang", "Tuấn", "Việt", "Yến");
    static final List<String> POSITIONS = List.of("Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Trưởng ban",
            "Phó Trưởng ban", "Chánh Văn phòng", "Chuyên viên");
    static final List<String> TOPICS = List.of("công tác cán bộ", "sắp xếp tổ chức bộ máy", "công tác tài chính",
            "giao biên chế năm", "chế độ chính sách đối với cán bộ", "xây dựng nông thôn mới",
            "công tác dân vận", "giảm nghèo bền vững", "chuyển đổi số", "công tác kiểm tra, giám sát",
            "thực hiện quy chế dân chủ ở cơ sở", "đánh giá, xếp loại cán bộ");
    static final List<String> VERBS = List.of("Rà soát", "Hoàn thiện", "Xây dựng", "Tổ chức thực hiện", "Báo cáo",
            "Kiểm tra", "Hướng dẫn", "Tham mưu", "Đôn đốc", "Tổng hợp");
    static final List<String> OBJECTS = List.of("quy hoạch cán bộ giai đoạn tới", "đề án vị trí việc làm",
            "phương án sắp xếp các thôn, tổ dân phố", "dự toán kinh phí hoạt động", "kế hoạch tuyên truyền",
            "hồ sơ đề nghị bổ sung biên chế", "danh sách cán bộ nghỉ hưu trước tuổi",
            "quy chế phối hợp giữa các đơn vị", "báo cáo sơ kết sáu tháng", "chế độ phụ cấp cho cán bộ cơ sở");
    static final List<String> PROBLEMS = List.of("Thiếu biên chế", "Chậm hướng dẫn", "Khó khăn về kinh phí",
            "Vướng mắc trong thực hiện chế độ", "Chưa thống nhất cách thức", "Thiếu cán bộ có chuyên môn",
            "Chậm giải ngân", "Bất cập trong đánh giá");
    static final List<String> PLACES = List.of("Hội trường Huyện ủy", "Phòng họp Ủy ban nhân dân huyện",
            "Nhà văn hóa xã", "Phòng họp trực tuyến");

    private ProvinceTexts() {
    }

    static <T> T pick(Random rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}

package vn.nghisu.service.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nghisu.domain.GroupCount;
import vn.nghisu.domain.Issue;
import vn.nghisu.domain.IssueFilter;
import vn.nghisu.domain.IssueGroupBy;
import vn.nghisu.domain.IssueRow;
import vn.nghisu.domain.IssueStatus;
import vn.nghisu.domain.SearchHit;
import vn.nghisu.domain.SearchKind;

class IssueAndSearchTest {
    @TempDir
    Path dir;
    FollowUpFixture f;

    @BeforeEach
    void open() {
        f = new FollowUpFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> issues(IssueFilter filter) {
        return f.services.issues().list(filter).stream().map(IssueRow::title).toList();
    }

    @Test
    void issueFiltersByStatusCategoryUnitBodyAndPeriod() {
        assertEquals(List.of("Thiếu biên chế cấp xã"), issues(IssueFilter.all().withStatuses(Set.of(IssueStatus.NEW))));
        assertEquals(List.of("Khó khăn về kinh phí hoạt động"),
                issues(IssueFilter.all().withCategory(FollowUpFixture.CAT_FINANCE)));
        assertEquals(List.of("Thiếu biên chế cấp xã"), issues(IssueFilter.all().withUnit(f.naHang.id())));
        assertEquals(List.of("Khó khăn về kinh phí hoạt động"),
                issues(IssueFilter.all().withEscalatedTo(FollowUpFixture.BTV)));
        assertEquals(List.of("Khó khăn về kinh phí hoạt động"),
                issues(IssueFilter.all().withPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))));
    }

    @Test
    void issuesGroupByCategoryUnitAndStatus() {
        List<GroupCount> byUnit = f.services.issues().groups(IssueFilter.all(), IssueGroupBy.UNIT);
        assertEquals(Set.of("Huyện ủy Lâm Bình", "Huyện ủy Na Hang"),
                Set.copyOf(byUnit.stream().map(GroupCount::name).toList()));
        assertEquals(Set.of("ESCALATED", "NEW"), Set.copyOf(f.services.issues()
                .groups(IssueFilter.all(), IssueGroupBy.STATUS).stream().map(GroupCount::name).toList()));
        assertEquals(2, f.services.issues().groups(IssueFilter.all(), IssueGroupBy.CATEGORY).size());
    }

    @Test
    void resolvingAnIssueKeepsResolutionAndDate() {
        Issue i = f.services.issues().find(f.staff.id()).orElseThrow();
        f.services.issues().save(new Issue(i.id(), i.meetingId(), i.title(), i.detail(), i.categoryId(),
                i.raisedByUnitId(), IssueStatus.RESOLVED, null, "Đã giao bổ sung 2 biên chế", LocalDate.of(2026, 6, 1),
                i.position()));
        Issue back = f.services.issues().find(f.staff.id()).orElseThrow();
        assertEquals(IssueStatus.RESOLVED, back.status());
        assertEquals("Đã giao bổ sung 2 biên chế", back.resolution());
        assertEquals(LocalDate.of(2026, 6, 1), back.resolvedOn());
    }

    @ParameterizedTest
    @CsvSource({"tai chinh, ISSUE", "TÀI CHÍNH, ACTION", "lam binh, MEETING", "ma thi hang, PERSON",
            "na hang, UNIT", "vi tri viec, DIRECTIVE"})
    void searchIgnoresDiacriticsAndCase(String query, SearchKind kind) {
        var hits = f.services.search().search(query);
        assertTrue(hits.containsKey(kind), () -> query + " -> " + hits);
    }

    @Test
    void decomposedInputFindsTheSameRecords() {
        String nfd = Normalizer.normalize("tài chính", Normalizer.Form.NFD);
        List<SearchHit> issues = f.services.search().search(nfd).get(SearchKind.ISSUE);
        assertEquals(List.of(f.finance.id()), issues.stream().map(SearchHit::id).toList());
        assertEquals(f.january.id(), issues.get(0).meetingId());
    }

    @Test
    void searchFollowsEditsAndDeletes() {
        SearchService search = f.services.search();
        assertTrue(search.search("kinh phi").containsKey(SearchKind.ISSUE));
        Issue i = f.finance;
        f.repos.issues().save(new Issue(i.id(), i.meetingId(), "Thiếu trụ sở làm việc", null, i.categoryId(),
                i.raisedByUnitId(), i.status(), i.escalatedToId(), null, null, 1));
        assertFalse(search.search("kinh phi").containsKey(SearchKind.ISSUE));
        assertEquals(1, search.search("tru so").get(SearchKind.ISSUE).size());
        f.repos.issues().delete(i.id());
        assertFalse(search.search("tru so").containsKey(SearchKind.ISSUE));
    }

    @Test
    void aWholePhraseMustMatchNotJustOneWord() {
        assertFalse(f.services.search().search("kinh phi xyz").containsKey(SearchKind.ISSUE));
        assertTrue(f.services.search().search("").isEmpty());
    }
}

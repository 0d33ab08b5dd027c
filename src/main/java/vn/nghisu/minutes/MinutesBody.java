package vn.nghisu.minutes;

import java.util.ArrayList;
import java.util.List;
import vn.nghisu.minutes.Block.Para;
import vn.nghisu.minutes.Block.Signatures;
import vn.nghisu.minutes.Block.Span;

/** Lays out the body of the minutes in the prescribed order, as blocks every renderer prints alike. */
public final class MinutesBody {

    private MinutesBody() {
    }

    public static List<Block> compose(MinutesDocument doc, DocumentProfile profile) {
        List<Block> blocks = new ArrayList<>();
        if (doc.startTime() != null) {
            String day = doc.date() == null ? "" : ", " + VietnameseDates.longDate(doc.date());
            blocks.add(labelled("Thời gian", "bắt đầu lúc " + VietnameseDates.clock(doc.startTime()) + day + "."));
        }
        if (!doc.place().isBlank()) {
            blocks.add(labelled("Địa điểm", doc.place() + "."));
        }
        if (!doc.attendance().isEmpty()) {
            blocks.add(Para.of(Span.bold("Thành phần tham dự:")));
            blocks.add(AttendanceTable.of(doc.attendance()));
            blocks.add(Para.of(Span.plain(AttendanceTable.summary(doc))));
        }
        blocks.add(labelled(profile.chairLabel(), person(doc.chair())));
        blocks.add(labelled(profile.secretaryLabel(), person(doc.secretary())));
        blocks.add(Para.heading("NỘI DUNG"));
        addProceedings(doc, blocks);
        ConclusionBlocks.add(doc, blocks);
        for (ExtraSection section : doc.extraSections()) {
            blocks.add(Para.of(Span.bold(section.heading())));
            section.body().lines().filter(line -> !line.isBlank()).forEach(line -> blocks.add(Para.of(Span.plain(line))));
        }
        String closing = closing(doc);
        if (!closing.isBlank()) {
            blocks.add(Para.of(Span.plain(closing)));
        }
        blocks.add(new Signatures(profile.secretarySignerTitle(), doc.secretary().name(),
                profile.chairSignerTitle(), doc.chair().name()));
        return blocks;
    }

    private static void addProceedings(MinutesDocument doc, List<Block> blocks) {
        int number = 1;
        for (AgendaEntry item : doc.agenda()) {
            blocks.add(Para.of(Span.bold(number++ + ". " + item.title())));
            for (Statement statement : item.statements()) {
                blocks.add(Para.of(Span.plain("- "), Span.bold("Đồng chí " + statement.speaker() + ": "),
                        Span.plain(statement.summary())));
            }
            if (!item.notes().isBlank()) {
                blocks.add(Para.of(Span.italic(item.notes())));
            }
        }
        if (!doc.issues().isEmpty()) {
            blocks.add(Para.of(Span.bold("Các khó khăn, vướng mắc được nêu:")));
            blocks.add(IssueTable.of(doc.issues()));
        }
    }

    private static String closing(MinutesDocument doc) {
        if (!doc.closing().isBlank() || doc.closingTime() == null) {
            return doc.closing();
        }
        return "Buổi làm việc kết thúc lúc " + VietnameseDates.clock(doc.closingTime()) + " cùng ngày.";
    }

    private static Para labelled(String label, String text) {
        return Para.of(Span.bold(label + ": "), Span.plain(text));
    }

    private static String person(Signer signer) {
        if (signer.name().isBlank()) {
            return "";
        }
        return "đồng chí " + signer.name() + (signer.title().isBlank() ? "" : ", " + signer.title()) + ".";
    }
}

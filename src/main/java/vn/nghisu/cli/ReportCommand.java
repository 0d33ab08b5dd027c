package vn.nghisu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.service.Services;
import vn.nghisu.service.followup.UpwardReport;
import vn.nghisu.service.followup.report.ReportExporter;
import vn.nghisu.store.Database;

/** `report`: the report upward for a period and a receiving body, as PDF or DOCX. */
@Command(name = "report", description = "Write the report upward (escalated and open issues, action items) as PDF or DOCX")
public final class ReportCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { pdf, docx }

    @Mixin
    DbOption db;
    @Spec
    CommandSpec spec;
    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day (YYYY-MM-DD)")
    String from;
    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day (YYYY-MM-DD)")
    String to;
    @Option(names = "--body", required = true, paramLabel = "NAME",
            description = "Receiving body, e.g. \"Ban Thường vụ Tỉnh ủy\"")
    String body;
    @Option(names = "--format", required = true, description = "pdf or docx")
    Format format;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (end.isBefore(start)) {
            throw new UserError("--to phải sau --from.", "--to must not be before --from.");
        }
        try (Database database = db.open()) {
            UpwardReport report;
            try {
                report = Services.over(database).followUps().reports().build(start, end, body);
            } catch (ValidationException e) {
                throw new UserError("Không tìm thấy đúng một cơ quan nhận báo cáo tên \"" + body + "\".",
                        "No single receiving body is named \"" + body + "\".");
            }
            ReportExporter.standard().upward(report, format == Format.pdf ? ReportExporter.Format.PDF
                    : ReportExporter.Format.DOCX, out);
            spec.commandLine().getOut().println("Đã ghi báo cáo / report written: " + out + " (" + report.escalated().size()
                    + " kiến nghị, " + report.open().size() + " đang xử lý, " + report.actionTotal() + " nhiệm vụ)");
        }
        return 0;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError("Ngày không hợp lệ: " + text + " (dạng YYYY-MM-DD).",
                    "Invalid date: " + text + " (use YYYY-MM-DD).");
        }
    }
}

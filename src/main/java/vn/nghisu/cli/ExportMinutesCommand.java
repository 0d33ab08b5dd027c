package vn.nghisu.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.nghisu.minutes.ExportFailedException;
import vn.nghisu.minutes.ProfileKind;
import vn.nghisu.service.Services;
import vn.nghisu.service.minutes.MinutesFormat;
import vn.nghisu.service.minutes.MinutesService;
import vn.nghisu.store.Database;

/** `export-minutes`: writes a meeting's minutes as PDF or DOCX, atomically, without opening a window. */
@Command(name = "export-minutes", description = "Export a meeting's minutes (biên bản) as PDF or DOCX")
public final class ExportMinutesCommand implements Callable<Integer> {
    @Mixin
    DbOption db;
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Which which;

    @Option(names = "--format", required = true, paramLabel = "pdf|docx", description = "File format: pdf or docx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (replaced atomically)")
    Path out;

    @Option(names = "--profile", paramLabel = "state|party",
            description = "Template: state or party (default: the one chosen for the meeting or its working group)")
    String profile;

    /** Exactly one of --meeting ID and --latest. */
    static final class Which {
        @Option(names = "--meeting", paramLabel = "ID", description = "Meeting id (UUID)")
        String meeting;
        @Option(names = "--latest", description = "The newest meeting")
        boolean latest;
    }

    @Override
    public Integer call() throws ExportFailedException {
        MinutesFormat fileFormat = choice(MinutesFormat.class, format, "--format");
        ProfileKind kind = profile == null ? null : choice(ProfileKind.class, profile, "--profile");
        try (Database database = db.open()) {
            MinutesService minutes = Services.over(database).minutes();
            UUID meetingId = which.latest ? minutes.latestMeeting().orElseThrow(() -> new UserError(
                    "Cơ sở dữ liệu chưa có cuộc họp nào", "the database holds no meeting")) : meetingId(minutes);
            try {
                minutes.export(meetingId, fileFormat, out, kind);
            } catch (ExportFailedException e) {
                int split = e.getMessage().indexOf(" / ");
                throw split < 0 ? new UserError(e.getMessage(), "export failed")
                        : new UserError(e.getMessage().substring(0, split), e.getMessage().substring(split + 3));
            }
            spec.commandLine().getOut().println("Đã xuất biên bản / minutes exported: " + out.toAbsolutePath());
        }
        return 0;
    }

    private UUID meetingId(MinutesService minutes) {
        UUID id;
        try {
            id = UUID.fromString(which.meeting.strip());
        } catch (IllegalArgumentException e) {
            throw new UserError("Mã cuộc họp không hợp lệ: " + which.meeting, "not a meeting id: " + which.meeting);
        }
        if (!minutes.exists(id)) {
            throw new UserError("Không tìm thấy cuộc họp " + id, "no meeting with id " + id);
        }
        return id;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("Giá trị không hợp lệ cho " + option + ": " + value,
                    "invalid value for " + option + ": " + value);
        }
    }
}

package vn.nghisu.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import vn.nghisu.domain.Texts;
import vn.nghisu.domain.ValidationException;

/**
 * The editor's input rules, as message keys of the meeting bundle. The screen asks them to decorate a
 * field; the service asks them again before writing, so a bad value never reaches the database.
 */
public final class MeetingRules {
    private MeetingRules() {
    }

    public static Optional<String> title(String title) {
        return Texts.isBlank(title) ? Optional.of("editor.invalid.title") : Optional.empty();
    }

    public static Optional<String> times(LocalTime start, LocalTime end) {
        return start != null && end != null && end.isBefore(start)
                ? Optional.of("editor.invalid.endBeforeStart") : Optional.empty();
    }

    public static Optional<String> deadline(LocalDate deadline, LocalDate meetingDate) {
        return deadline != null && meetingDate != null && deadline.isBefore(meetingDate)
                ? Optional.of("editor.invalid.deadlineBeforeMeeting") : Optional.empty();
    }

    public static Optional<String> speaker(Object speaker) {
        return speaker == null ? Optional.of("editor.invalid.speaker") : Optional.empty();
    }

    /** Throws the rule's message key when it is broken. */
    public static void require(Optional<String> broken) {
        broken.ifPresent(key -> {
            throw new ValidationException(key);
        });
    }
}

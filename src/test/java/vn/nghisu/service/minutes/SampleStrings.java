package vn.nghisu.service.minutes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.nghisu.service.demo.SampleMeeting;
import vn.nghisu.service.demo.SampleMeetingLoader;

/** Every string of the bundled sample meeting that the minutes must print exactly as typed. */
final class SampleStrings {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SampleStrings() {
    }

    static List<String> all() {
        SampleMeeting s = SampleMeetingLoader.read();
        Stream<String> units = s.units().stream().flatMap(u -> Stream.concat(Stream.of(u.name(), u.reason()),
                u.delegates().stream().flatMap(d -> Stream.of(d.name(), d.title()))));
        Stream<String> agenda = s.agenda().stream().map(SampleMeeting.Agenda::title);
        Stream<String> said = s.statements().stream().flatMap(st -> Stream.of(st.speaker(), st.summary()));
        Stream<String> issues = s.issues().stream().flatMap(i -> Stream.of(i.title(), i.category(), i.raisedBy()));
        Stream<String> actions = s.directives().stream().flatMap(c -> Stream.concat(
                Stream.of(c.text(), c.ownerUnit(), c.ownerSubCommittee(), LocalDate.parse(c.deadline()).format(DAY)),
                c.coordinating() == null ? Stream.empty() : c.coordinating().stream()));
        Stream<String> general = Stream.of(s.meeting().title(), s.meeting().place(), s.meeting().chair(),
                s.meeting().secretary(), s.meeting().closing());
        return Stream.of(general, units, agenda, said, issues, actions).flatMap(x -> x)
                .filter(Objects::nonNull).filter(x -> !x.isBlank()).distinct().toList();
    }

    static String collapsed(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}

package vn.nghisu.service.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The sample meeting of shared/samples as carried in resources/demo: names refer to each other by text. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SampleMeeting(Header meeting, Group workingGroup, List<UnitEntry> units, List<Agenda> agenda,
                            List<Said> statements, List<Problem> issues, List<Conclusion> directives) {

    /** General part of the meeting. */
    public record Header(String title, String kind, String date, String start, String end, String place,
                         String hostUnit, String chair, String secretary, String closing) {
    }

    /** The working group that held the session. */
    public record Group(String name, String decision, String leader, List<String> units) {
    }

    /** An attending unit, its kind and level, its delegates and their presence. */
    public record UnitEntry(String name, String kind, String level, String presence, String reason,
                            List<Delegate> delegates) {
    }

    /** A delegate of a unit. */
    public record Delegate(String name, String title) {
    }

    /** An agenda item. */
    public record Agenda(String title, String presenter, Integer minutes) {
    }

    /** A statement under the 1-based agenda item. */
    public record Said(String speaker, int item, String summary) {
    }

    /** A difficulty raised. */
    public record Problem(String title, String category, String raisedBy) {
    }

    /** A conclusion and the action item it gives; escalates lists 1-based issue numbers. */
    public record Conclusion(String text, String ownerUnit, String ownerSubCommittee, List<String> coordinating,
                             String deadline, List<Integer> escalates, String escalateTo) {
    }
}

package vn.nghisu.service;

import java.util.List;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.MeetingDetail;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.WorkingGroup;

/** Everything the meeting editor shows, read in one go: the meeting whole and the lists its pickers offer. */
public record EditorData(MeetingDetail detail, List<Unit> units, List<Person> persons, List<WorkingGroup> groups,
                         List<SubCommittee> subCommittees, List<ListItem> meetingKinds, List<ListItem> issueCategories) {
}

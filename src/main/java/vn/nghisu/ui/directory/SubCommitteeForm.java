package vn.nghisu.ui.directory;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.nghisu.domain.SubCommittee;
import vn.nghisu.domain.WorkingGroup;
import vn.nghisu.service.DirectoryData;
import vn.nghisu.ui.Messages;

/** Form for a sub-committee: name and the working group it belongs to. */
final class SubCommitteeForm extends FormDialog<SubCommittee> {
    private final SubCommittee existing;
    private final int nextOrder;
    private final TextField name;
    private final ComboBox<WorkingGroup> group;

    SubCommitteeForm(Window owner, Messages m, DirectoryData data, SubCommittee sub) {
        super(owner, m, m.format(sub == null ? "directory.form.new" : "directory.form.edit",
                m.get("directory.entity.subcommittees")));
        existing = sub;
        nextOrder = data.subCommittees().stream().mapToInt(SubCommittee::sortOrder).max().orElse(0) + 1;
        name = text("subcommittee-name", "directory.col.name", sub == null ? null : sub.name(), true);
        group = row("directory.col.group", Pickers.combo("subcommittee-group", data.groups(), WorkingGroup::name,
                m.get("directory.none")));
        Pickers.select(group, sub == null ? null : sub.workingGroupId(), WorkingGroup::id);
    }

    @Override
    protected SubCommittee build() {
        return new SubCommittee(existing == null ? null : existing.id(), name.getText(),
                Pickers.idOf(group.getValue(), WorkingGroup::id), existing == null ? nextOrder : existing.sortOrder());
    }
}

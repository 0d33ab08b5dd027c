package vn.nghisu.ui.directory;

import javafx.scene.control.TextField;
import javafx.stage.Window;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.service.DirectoryData;
import vn.nghisu.ui.Messages;

/** Form for one entry of an editable list (unit kind, meeting kind, issue category, escalation body). */
final class ListItemForm extends FormDialog<ListItem> {
    private final ListItem existing;
    private final ListKind kind;
    private final int nextOrder;
    private final TextField name;

    ListItemForm(Window owner, Messages m, DirectoryData data, ListKind kind, ListItem item) {
        super(owner, m, m.format(item == null ? "directory.form.new" : "directory.form.edit",
                m.get("directory.list." + kind.name())));
        this.existing = item;
        this.kind = kind;
        nextOrder = data.list(kind).stream().mapToInt(ListItem::sortOrder).max().orElse(0) + 1;
        name = text("list-item-name", "directory.col.name", item == null ? null : item.name(), true);
    }

    @Override
    protected ListItem build() {
        return new ListItem(existing == null ? null : existing.id(), kind, name.getText(),
                existing == null ? nextOrder : existing.sortOrder());
    }
}

package vn.nghisu.ui.directory;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import vn.nghisu.domain.ListItem;
import vn.nghisu.domain.ListKind;
import vn.nghisu.domain.Unit;
import vn.nghisu.domain.UnitLevel;
import vn.nghisu.service.DirectoryData;
import vn.nghisu.service.UnitHierarchy;
import vn.nghisu.ui.Messages;

/** Form for a unit: name, short name, kind (editable list), level and parent, refusing a parent cycle. */
final class UnitForm extends FormDialog<Unit> {
    private final Unit existing;
    private final List<Unit> others;
    private final TextField name;
    private final TextField shortName;
    private final ComboBox<ListItem> kind;
    private final ComboBox<UnitLevel> level;
    private final ComboBox<Unit> parent;

    UnitForm(Window owner, Messages m, DirectoryData data, Unit unit) {
        super(owner, m, m.format(unit == null ? "directory.form.new" : "directory.form.edit", m.get("directory.entity.units")));
        existing = unit;
        others = data.units().stream().filter(u -> unit == null || !u.id().equals(unit.id())).toList();
        name = text("unit-name", "directory.col.name", unit == null ? null : unit.name(), true);
        shortName = text("unit-short-name", "directory.col.shortName", unit == null ? null : unit.shortName(), false);
        kind = row("directory.col.kind", Pickers.combo("unit-kind", data.list(ListKind.UNIT_KIND), ListItem::name,
                m.get("directory.none")));
        level = row("directory.col.level", Pickers.combo("unit-level", Arrays.asList(UnitLevel.values()),
                l -> m.label("unit.level", l), null));
        parent = row("directory.col.parent", Pickers.combo("unit-parent", others, Unit::name, m.get("directory.none")));
        Pickers.select(kind, unit == null ? null : unit.kindId(), ListItem::id);
        level.setValue(unit == null ? UnitLevel.HUYEN : unit.level());
        Pickers.select(parent, unit == null ? null : unit.parentId(), Unit::id);
        validate(() -> validation.registerValidator(parent, false, (c, value) -> ValidationResult.fromErrorIf(c,
                m.get("directory.error.parentCycle"), value != null && makesCycle((Unit) value))));
    }

    private boolean makesCycle(Unit newParent) {
        return existing != null && UnitHierarchy.makesCycle(new Unit(existing.id(), existing.name(), null, null, null,
                newParent.id()), others);
    }

    @Override
    protected Unit build() {
        return new Unit(existing == null ? null : existing.id(), name.getText(), shortName.getText(),
                Pickers.idOf(kind.getValue(), ListItem::id), level.getValue(), Pickers.idOf(parent.getValue(), Unit::id));
    }
}

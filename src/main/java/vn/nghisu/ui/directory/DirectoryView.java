package vn.nghisu.ui.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.nghisu.domain.Person;
import vn.nghisu.domain.Unit;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.UiContext;

/** Danh bạ: units and people, in Vietnamese alphabetical order. */
public final class DirectoryView extends VBox {
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private Map<UUID, String> unitNames = Map.of();

    public DirectoryView(UiContext ctx) {
        setSpacing(12);
        setPadding(new Insets(16));
        var m = ctx.messages();
        Label title = new Label(m.get("directory.title"));
        title.getStyleClass().add("title-2");
        TableView<Unit> unitTable = new TableView<>(units);
        unitTable.setId("units-table");
        unitTable.getColumns().add(Columns.text(m.get("directory.col.name"), 360, Unit::name));
        unitTable.getColumns().add(Columns.text(m.get("directory.col.shortName"), 140, Unit::shortName));
        unitTable.getColumns().add(Columns.text(m.get("directory.col.level"), 120, u -> m.label("unit.level", u.level())));
        TableView<Person> personTable = new TableView<>(persons);
        personTable.setId("persons-table");
        personTable.getColumns().add(Columns.text(m.get("directory.col.fullName"), 220, Person::fullName));
        personTable.getColumns().add(Columns.text(m.get("directory.col.position"), 360, Person::positionTitle));
        personTable.getColumns().add(Columns.text(m.get("directory.col.unit"), 260, p -> unitNames.get(p.unitId())));
        TabPane tabs = new TabPane(new Tab(m.get("directory.units"), unitTable), new Tab(m.get("directory.persons"),
                personTable));
        tabs.setId("directory-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(title, tabs);
        ctx.tasks().run(() -> new Loaded(ctx.directory().units(), ctx.directory().persons()), this::show,
                e -> ErrorDialog.show(m, e));
    }

    private void show(Loaded loaded) {
        unitNames = loaded.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        units.setAll(loaded.units());
        persons.setAll(loaded.persons());
    }

    private record Loaded(List<Unit> units, List<Person> persons) {
    }
}

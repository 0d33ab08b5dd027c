package vn.nghisu.ui.directory;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.stage.Window;
import vn.nghisu.service.DirectoryData;

/**
 * What one directory tab lists and how it edits: ids for tests, rows from the loaded directory, the name that
 * the filter searches and the undo bar shows, the form, the save, and (units and persons only) the merge.
 */
record EntrySpec<T>(String id, Function<DirectoryData, List<T>> rows, Function<T, UUID> key, Function<T, String> name,
                    Function<T, String> searchText, Form<T> form, Consumer<T> save, Merge<T> merge,
                    List<TableColumn<T, String>> columns) {

    /** Opens the edit form for an entry, or for a new one when {@code existing} is null. */
    interface Form<T> {
        FormDialog<T> open(Window owner, DirectoryData data, T existing);
    }

    /** Merges the duplicate into the survivor; returns how many references moved. */
    interface Merge<T> {
        int merge(T survivor, T duplicate);
    }
}

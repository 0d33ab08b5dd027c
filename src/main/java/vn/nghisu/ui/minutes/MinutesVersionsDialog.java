package vn.nghisu.ui.minutes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import vn.nghisu.domain.MinutesVersion;
import vn.nghisu.ui.DialogButtons;
import vn.nghisu.ui.Columns;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.UiContext;

/** The finalized versions of a meeting's minutes: number, who and when, short hash, and what changed. */
final class MinutesVersionsDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final Alert alert;

    MinutesVersionsDialog(UiContext ctx, UUID meetingId, Window owner) {
        Messages m = ctx.messages();
        alert = DialogButtons.alert(m, Alert.AlertType.INFORMATION, null);
        TableView<MinutesVersion> table = new TableView<>();
        table.setId("minutes-versions-table");
        table.setPlaceholder(new Label(m.get("minutes.versions.none")));
        table.getColumns().add(Columns.text(m.get("minutes.versions.no"), 70, v -> String.valueOf(v.versionNo())));
        table.getColumns().add(Columns.text(m.get("minutes.versions.by"), 120, v -> v.finalizedBy() == null ? ""
                : v.finalizedBy()));
        table.getColumns().add(Columns.text(m.get("minutes.versions.at"), 130,
                v -> WHEN.format(v.finalizedAt().atZone(ZoneId.systemDefault()))));
        table.getColumns().add(Columns.text("SHA-256", 90, v -> v.sha256().substring(0, 8)));
        table.getColumns().add(Columns.text(m.get("minutes.versions.changes"), 320, v -> v.changeSummary() == null ? ""
                : v.changeSummary()));
        table.setPrefSize(760, 260);
        alert.initOwner(owner);
        alert.setTitle(m.get("minutes.versions"));
        alert.setHeaderText(m.get("minutes.versions"));
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        alert.getDialogPane().setPrefWidth(800);
        ctx.tasks().run(() -> ctx.services().minutes().versions(meetingId), table.getItems()::setAll,
                error -> table.setPlaceholder(new Label(MinutesErrors.sentence(m, error))));
    }

    void show() {
        alert.show();
    }
}

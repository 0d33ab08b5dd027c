package vn.nghisu.ui.minutes;

import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.nghisu.minutes.ExportFailedException;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.UiContext;

/** Opens the minutes preview of a meeting in its own window, beside the main one. */
public final class MinutesPreviewWindow {

    private MinutesPreviewWindow() {
    }

    public static Stage open(UiContext ctx, UUID meetingId, String meetingTitle, Window owner) {
        MinutesPreviewModel model = new MinutesPreviewModel(meetingId, ctx.services().minutes(), ctx.tasks(),
                ctx.messages(), error -> {
                    if (!(error instanceof ExportFailedException)) {
                        ErrorDialog.show(ctx.messages(), error);
                    }
                });
        MinutesPreviewView view = new MinutesPreviewView(ctx, model);
        Scene scene = new Scene(view, 1180, 860);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(ctx.messages().format("minutes.window.title", meetingTitle));
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}

package vn.nghisu.ui.minutes;

import java.util.UUID;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.nghisu.minutes.ExportFailedException;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.UiContext;

/** Opens the minutes preview of a meeting in its own window, beside the main one. */
public final class MinutesPreviewWindow {

    private static final double WIDTH = 1180;
    private static final double HEIGHT = 860;

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
        Scene scene = new Scene(view);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(ctx.messages().format("minutes.window.title", meetingTitle));
        stage.setScene(scene);
        Rectangle2D place = placeOn(screenOf(owner).getVisualBounds());
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        stage.show();
        return stage;
    }

    /**
     * The window's place: 1180x860 where the screen has room, else the screen's usable area (a 1366x768 laptop
     * less its taskbar), so the toolbar and the status line at the bottom stay visible; centred either way.
     */
    static Rectangle2D placeOn(Rectangle2D visual) {
        double width = Math.min(WIDTH, visual.getWidth());
        double height = Math.min(HEIGHT, visual.getHeight());
        return new Rectangle2D(visual.getMinX() + (visual.getWidth() - width) / 2,
                visual.getMinY() + (visual.getHeight() - height) / 2, width, height);
    }

    private static Screen screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary();
        }
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary());
    }
}

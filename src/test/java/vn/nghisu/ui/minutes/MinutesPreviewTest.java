package vn.nghisu.ui.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.nghisu.domain.MeetingSummary;
import vn.nghisu.ui.FxTestSupport;

class MinutesPreviewTest {
    @TempDir
    Path dir;
    FxTestSupport app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void openPreviewOfTheSample() throws Exception {
        app = new FxTestSupport(dir);
        robot.clickOn("#nav-meetings"); // the overview is the first screen
        FxTestSupport.waitUntil(() -> node("sample-banner").isVisible());
        FxTestSupport.waitUntilLaidOut("#load-sample");
        robot.clickOn("#load-sample");
        FxTestSupport.waitUntil(() -> table().getItems().size() == 1);
        robot.interact(() -> table().getSelectionModel().select(0));
        robot.clickOn("#meetings-table");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#minutes-page-image").tryQuery().isPresent()
                && image() != null && pageLabel().startsWith("Trang 1/"));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void previewWindowFitsInsideTheScreen() {
        javafx.stage.Window window = robot.lookup("#minutes-page-image").query().getScene().getWindow();
        javafx.geometry.Rectangle2D visual = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(window.getY() >= visual.getMinY() && window.getY() + window.getHeight() <= visual.getMaxY()
                && window.getX() >= visual.getMinX() && window.getX() + window.getWidth() <= visual.getMaxX(),
                () -> "window " + window.getX() + "," + window.getY() + " " + window.getWidth() + "x"
                        + window.getHeight() + " on a screen of " + visual);
    }

    @Test
    void previewShowsTheRenderedPagesAndPagesThrough() throws Exception {
        assertEquals("Trang 1/3", pageLabel());
        assertTrue(hasInk(image()), "page 1 shows printed text");
        Image first = image();
        robot.clickOn("#minutes-page-image");
        robot.type(KeyCode.PAGE_DOWN);
        FxTestSupport.waitUntil(() -> "Trang 2/3".equals(pageLabel()) && image() != first);
        assertTrue(hasInk(image()));
        robot.type(KeyCode.PAGE_UP);
        FxTestSupport.waitUntil(() -> "Trang 1/3".equals(pageLabel()));
        assertTrue(app.uncaught.isEmpty(), () -> "uncaught: " + app.uncaught);
    }

    @Test
    void zoomRendersTheSamePageLarger() throws Exception {
        double width = image().getWidth();
        robot.clickOn("#minutes-zoom-in");
        FxTestSupport.waitUntil(() -> image().getWidth() > width * 1.2);
        assertEquals("125%", ((Label) node("minutes-zoom-label")).getText());
        assertEquals("Trang 1/3", pageLabel());
    }

    @Test
    void finalizingFromThePreviewPrintsTheVersionInTheFooter() throws Exception {
        robot.clickOn("#minutes-finalize");
        FxTestSupport.waitUntil(() -> status().startsWith("Đã chốt biên bản: Phiên bản 1 · SHA-256 "));
        UUID meeting = table().getItems().get(0).id();
        String footer = app.ctx.services().minutes().document(meeting).footer();
        assertTrue(status().contains(footer), status());
    }

    @Test
    void openInViewerWithoutADesktopSaysSoPlainly() throws Exception {
        robot.clickOn("#minutes-open");
        FxTestSupport.waitUntil(() -> !status().isEmpty());
        assertEquals(SystemViewer.canOpen() ? "Đã mở biên bản bằng trình xem của máy." : "Máy này không mở được tệp "
                + "bằng ứng dụng khác. Hãy dùng \"Xuất PDF\" rồi mở tệp đó.", status());
    }

    @Test
    void anAddedSectionIsSavedAndPrinted() throws Exception {
        robot.clickOn("#minutes-section-add");
        FxTestSupport.waitUntilLaidOut("#minutes-section-body-0");
        robot.clickOn("#minutes-section-body-0").write("Thống nhất lịch giám sát");
        UUID meeting = table().getItems().get(0).id();
        FxTestSupport.waitUntil(() -> "Đã lưu".equals(((Label) node("minutes-sections-state")).getText())
                && app.ctx.services().minutes().sections(meeting).get(0).body().equals("Thống nhất lịch giám sát"));
        assertEquals("Ý kiến khác", app.ctx.services().minutes().document(meeting).extraSections().get(0).heading());
    }

    private <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    @SuppressWarnings("unchecked")
    private TableView<MeetingSummary> table() {
        return (TableView<MeetingSummary>) node("meetings-table");
    }

    private Image image() {
        return ((ImageView) node("minutes-page-image")).getImage();
    }

    private String pageLabel() {
        return ((Label) node("minutes-page-label")).getText();
    }

    private String status() {
        return ((Label) node("minutes-status")).getText();
    }

    private static boolean hasInk(Image image) {
        PixelReader pixels = image.getPixelReader();
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if (pixels.getColor(x, y).getBrightness() < 0.5) {
                    dark++;
                }
            }
        }
        return dark > 200;
    }
}

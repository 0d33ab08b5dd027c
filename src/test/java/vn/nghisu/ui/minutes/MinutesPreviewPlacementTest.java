package vn.nghisu.ui.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The preview window fits the screen's usable area, so its toolbar and status line are never off-screen. */
class MinutesPreviewPlacementTest {

    @Test
    void aLaptopScreenLessItsTaskbarGetsTheWholeUsableHeight() {
        Rectangle2D place = MinutesPreviewWindow.placeOn(new Rectangle2D(0, 0, 1366, 728));
        assertEquals(new Rectangle2D(93, 0, 1180, 728), place);
    }

    @Test
    void aLargeScreenGetsTheFullSizeCentred() {
        Rectangle2D place = MinutesPreviewWindow.placeOn(new Rectangle2D(1920, 40, 1920, 1040));
        assertEquals(new Rectangle2D(1920 + 370, 40 + 90, 1180, 860), place);
    }

    @Test
    void aNarrowScreenGetsItsWidth() {
        Rectangle2D place = MinutesPreviewWindow.placeOn(new Rectangle2D(0, 30, 1024, 738));
        assertEquals(new Rectangle2D(0, 30, 1024, 738), place);
    }
}

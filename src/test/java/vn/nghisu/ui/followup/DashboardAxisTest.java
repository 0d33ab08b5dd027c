package vn.nghisu.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.chart.NumberAxis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/** The owner chart counts action items: whole ticks, at most ten of them, the largest bar inside the axis. */
class DashboardAxisTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1", "1, 1, 1", "4, 1, 4", "10, 1, 10", "11, 2, 12", "25, 5, 25", "26, 5, 30", "99, 10, 100",
        "1200, 200, 1200", "100000, 10000, 100000"})
    void ticksAreWholeAndFew(long max, double step, double upper) {
        NumberAxis axis = new NumberAxis();
        DashboardView.wholeCounts(axis, max);
        assertFalse(axis.isAutoRanging());
        assertEquals(0, axis.getLowerBound());
        assertEquals(step, axis.getTickUnit());
        assertEquals(upper, axis.getUpperBound());
    }
}

package vn.nghisu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The tests' wait: a condition that throws before it can be read (a node not there yet) is waited on, not fatal. */
class FxTestSupportTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aConditionThatThrowsBeforeItHoldsIsWaitedFor() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        FxTestSupport.waitUntil(() -> {
            if (reads.incrementAndGet() < 3) {
                throw new IllegalStateException("rows being replaced on the FX thread");
            }
            return true;
        });
        assertEquals(3, reads.get());
    }
}

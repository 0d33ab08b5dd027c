package vn.nghisu.ui.meeting;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.service.adapter.impl.JavafxRobotAdapter;
import org.testfx.util.WaitForAsyncUtils;
import vn.nghisu.ui.FxTestSupport;

/**
 * Types text through TestFX's own keyboard path (BaseRobot.typeKeyboard: key pressed, typed, released, the
 * same events {@code FxRobot.write} sends) but waits for the JavaFX thread once per field rather than after
 * every character: WriteRobotImpl sleeps 25 ms and waits five FX pulses per character, about 80 ms each on a
 * loaded machine, which made the whole sample meeting take over four minutes to type.
 */
final class Typist {
    private final BaseRobot keyboard;
    private final Scene scene;
    private final JavafxRobotAdapter chords = new JavafxRobotAdapter();

    Typist(FxRobot robot, Scene scene) {
        this.keyboard = robot.robotContext().getBaseRobot();
        this.scene = scene;
    }

    /** Types the text into the focused control; the events queue in order on the JavaFX thread. */
    Typist type(String text) {
        for (char c : text.toCharArray()) {
            KeyCode code = c == '\n' ? KeyCode.ENTER : c == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
            keyboard.typeKeyboard(scene, code, String.valueOf(c));
        }
        WaitForAsyncUtils.waitForFxEvents(2);
        return this;
    }

    /**
     * Presses the keys together, as a chord (Tab, Ctrl+Enter, Alt+3 …), into the main window: under Monocle the
     * glass robot sends keys to the newest window, which is the type-ahead popup while it shows, where a desktop
     * keeps them in the window being typed in.
     */
    Typist push(KeyCode... keys) {
        chords.robotCreate(scene);
        for (KeyCode k : keys) {
            chords.keyPress(k);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            chords.keyRelease(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents(2);
        return this;
    }

    Typist tab() {
        return push(KeyCode.TAB);
    }

    /** Waits until the control with this id has the keyboard focus, so typing goes where it is meant to. */
    Typist at(String id) {
        if (id.equals(focused())) {
            return this;
        }
        try {
            FxTestSupport.waitUntil(() -> id.equals(focused()));
        } catch (Exception e) {
            throw new AssertionError("focus should be on #" + id + " but is on #" + focused(), e);
        }
        return this;
    }

    String focused() {
        Node owner = scene.getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}

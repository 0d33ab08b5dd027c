package vn.nghisu.ui.meeting;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The editor's keyboard: every action has a chord (listed in the F1 panel, {@link HelpPanel}). */
final class EditorKeys {
    private final MeetingEditorView view;

    EditorKeys(MeetingEditorView view) {
        this.view = view;
    }

    void handle(KeyEvent e) {
        if (run(e)) {
            e.consume();
        }
    }

    private boolean run(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean ctrl = e.isShortcutDown();
        if (e.isAltDown() && !ctrl && code.isDigitKey()) {
            int n = code.getCode() - KeyCode.DIGIT1.getCode();
            view.showSection(code == KeyCode.NUMPAD1 ? 0 : n);
            return n >= 0 && n < MeetingEditorView.SECTIONS.length;
        }
        if (code == KeyCode.F1 || code == KeyCode.ESCAPE && view.helpShown()) {
            view.toggleHelp();
            return true;
        }
        if (ctrl && code == KeyCode.PAGE_DOWN || ctrl && code == KeyCode.PAGE_UP) {
            int n = MeetingEditorView.SECTIONS.length;
            view.showSection((view.section() + (code == KeyCode.PAGE_DOWN ? 1 : n - 1)) % n);
            return true;
        }
        if (ctrl && code == KeyCode.ENTER) {
            if (e.isShiftDown()) {
                view.addAction();
            } else {
                view.addInSection();
            }
            return true;
        }
        if (ctrl && !e.isShiftDown() && code == KeyCode.I) {
            view.quickIssue();
            return true;
        }
        if (ctrl && !e.isShiftDown() && code == KeyCode.G) {
            view.takeGroupUnits();
            return true;
        }
        if (ctrl && !e.isShiftDown() && code == KeyCode.R) {
            view.carryForward();
            return true;
        }
        if (ctrl && code == KeyCode.T) {
            view.toggleTimer();
            return true;
        }
        if (ctrl && e.isAltDown() && code == KeyCode.Z) {
            view.undo();
            return true;
        }
        if (ctrl && e.isShiftDown() && code == KeyCode.P) {
            view.chooseWhereFrom();
            return true;
        }
        if (e.isAltDown() && code == KeyCode.LEFT) {
            view.back();
            return true;
        }
        return false;
    }
}

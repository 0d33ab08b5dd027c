package vn.nghisu.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import vn.nghisu.ui.common.TabTraversal;
import vn.nghisu.ui.directory.DirectoryView;
import vn.nghisu.ui.exchange.ExchangeBar;
import vn.nghisu.ui.followup.FollowUpScreens;
import vn.nghisu.ui.meeting.MeetingsPane;
import vn.nghisu.ui.minutes.MinutesPreviewWindow;
import vn.nghisu.ui.settings.SettingsView;

/**
 * Builds the shell with its sections; Ctrl+0 shows the overview (the default screen, first in the sidebar) and
 * Ctrl+1…Ctrl+6 the sections below it in the sidebar's order; Ctrl+K opens the search box.
 */
public final class MainWindow {
    /** The sections after the overview, in the sidebar's order: Ctrl+1 is the first. */
    public static final String[] SECTIONS = {"meetings", "actions", "issues", "plans", "directory", "settings"};

    private MainWindow() {
    }

    public static Scene createScene(UiContext ctx) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages m = ctx.messages();
        ShellView shell = new ShellView(m);
        FollowUpScreens followUp = new FollowUpScreens(ctx, shell::select);
        shell.addSection("dashboard", m.get("nav.dashboard"), Feather.HOME, followUp::dashboard);
        shell.addSection("meetings", m.get("nav.meetings"), Feather.CALENDAR, () -> {
            MeetingsPane meetings = new MeetingsPane(ctx);
            meetings.list().setOnMinutes(s -> MinutesPreviewWindow.open(ctx, s.id(), s.title(), shell.getScene().getWindow()));
            return ExchangeBar.around(meetings, ctx, meetings::refreshList, meetings.list()::selectedMeetingIds);
        });
        shell.addSection("actions", m.get("nav.actions"), Feather.CHECK_SQUARE, followUp::actions);
        shell.addSection("issues", m.get("nav.issues"), Feather.ALERT_TRIANGLE, followUp::issues);
        shell.addSection("plans", m.get("nav.plans"), Feather.CLIPBOARD, followUp::plans);
        shell.addSection("directory", m.get("nav.directory"), Feather.USERS, () -> new DirectoryView(ctx));
        shell.addSection("settings", m.get("nav.settings"), Feather.SETTINGS, () -> new SettingsView(ctx));
        shell.select("dashboard");
        shell.setId("shell");
        StackPane root = new StackPane(shell); // the search box opens above the shell
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("/ui/nghisu.css").toExternalForm());
        TabTraversal.install(scene);
        for (int i = 0; i < SECTIONS.length; i++) {
            String key = SECTIONS[i];
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> shell.select(key));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> shell.select("dashboard"));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                () -> followUp.search(root));
        followUp.followMeetingRequests(scene);
        return scene;
    }
}

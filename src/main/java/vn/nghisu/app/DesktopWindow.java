package vn.nghisu.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nghisu.service.Services;
import vn.nghisu.service.Settings;
import vn.nghisu.store.StoreException;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.MainWindow;
import vn.nghisu.ui.Messages;
import vn.nghisu.ui.ShellView;
import vn.nghisu.ui.UiContext;
import vn.nghisu.ui.settings.EncryptionOffer;
import vn.nghisu.ui.settings.PasswordDialogs;
import vn.nghisu.ui.task.BackgroundTasks;

/**
 * Shows the main window at once in its "opening the database" state, opens the store on the worker,
 * then installs the shell — or shows in the window why the database cannot open.
 */
public final class DesktopWindow {
    /** Set by the installer's CDS training run and by start-up benchmarks: close once the shell is up. */
    static final String EXIT_AFTER_START = "nghisu.exitAfterStart";
    private static final Logger LOG = LoggerFactory.getLogger(DesktopWindow.class);

    /** Everything the window needs before the database exists; {@code openStore} runs on the worker. */
    public record Startup(Messages messages, Settings settings, BackgroundTasks tasks, Path dataDir,
            StoreOpener store, Optional<Path> packageFile, PackageFileHandler fileHandler) {
    }

    private final Startup startup;
    private final Stage stage;
    private final StartupView startupView;
    /** Packages later starts handed over before the shell was in (JavaFX thread only). */
    private final List<Path> handedOver = new ArrayList<>();
    private UiContext ctx;
    private ShellView shell;

    public DesktopWindow(Startup startup, Stage stage) {
        this.startup = startup;
        this.stage = stage;
        this.startupView = new StartupView(startup.messages(), startup.dataDir());
    }

    public void show() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Settings settings = startup.settings();
        stage.setTitle(startup.messages().get("app.title"));
        stage.getIcons().add(new Image(DesktopWindow.class.getResource("/icons/nghisu.png").toExternalForm(), true));
        stage.setScene(new Scene(startupView, 1200, 760));
        settings.window().ifPresent(g -> {
            stage.setX(g[0]);
            stage.setY(g[1]);
            stage.setWidth(g[2]);
            stage.setHeight(g[3]);
        });
        stage.setOnCloseRequest(e -> settings.setWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        stage.show();
        answerLaterStarts();
        if (startup.store().needsPassword()) {
            askPassword(null);
        } else {
            open(null);
        }
    }

    private void askPassword(String problem) {
        PasswordDialogs.askToOpen(startup.messages(), problem).ifPresentOrElse(this::open, stage::close);
    }

    private void open(char[] password) {
        startup.tasks().run(() -> startup.store().open(password), this::install, error -> {
            if (password != null && error instanceof StoreException se && "error.db.password".equals(se.key())) {
                askPassword(ErrorDialog.sentence(startup.messages(), error));
            } else {
                fail(error);
            }
        });
    }

    /** A new database is first offered encryption; accepted, it is encrypted and reopened on the worker. */
    private void install(Services services) {
        if (startup.store().createdNew() && !Boolean.getBoolean(EXIT_AFTER_START)
                && EncryptionOffer.wanted(startup.settings())) {
            Optional<char[]> password = EncryptionOffer.ask(startup.messages(), startup.settings());
            if (password.isPresent()) {
                startupView.showWorking(startup.messages().get("safety.offer.working"));
                startup.tasks().run(() -> {
                    services.encryption().encrypt(services.db(), password.get());
                    return startup.store().open(password.get());
                }, this::installShell, this::fail);
                return;
            }
        }
        installShell(services);
    }

    private void installShell(Services services) {
        ctx = new UiContext(startup.messages(), startup.tasks(), startup.settings(), startup.dataDir(), services);
        Scene scene = MainWindow.createScene(ctx);
        stage.setScene(scene);
        shell = (ShellView) scene.getRoot().lookup("#shell");
        startup.packageFile().ifPresent(file -> startup.fileHandler().open(file, ctx, shell));
        handedOver.forEach(file -> startup.fileHandler().open(file, ctx, shell));
        handedOver.clear();
        if (Boolean.getBoolean(EXIT_AFTER_START)) {
            // queued behind the first section's load, so the CDS archive also holds the classes that load uses
            startup.tasks().run(() -> {
                Thread.sleep(1000);
                return null;
            }, done -> Platform.exit(), e -> Platform.exit());
        }
    }

    /**
     * From the moment the window shows, a later start on the same data folder hands over to it (see
     * {@link RunningInstance}): the window comes forward and opens the package that start was given, at once or,
     * while a dialog (password, encryption offer) or the database's opening is still ahead, once the shell is in.
     * Listening writes a file: on the worker, ahead of the database's opening.
     */
    private void answerLaterStarts() {
        startup.tasks().run(() -> RunningInstance.listen(startup.dataDir(),
                        file -> Platform.runLater(() -> comeForward(file))),
                listening -> listening.ifPresent(this::stopWithTheWindow),
                failed -> LOG.warn("Later starts cannot hand over to this window", failed));
    }

    /** When the window closes (or if it closed while the worker was setting up), later starts find none. */
    private void stopWithTheWindow(RunningInstance instance) {
        if (!stage.isShowing()) {
            instance.close();
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                instance.close();
            }
        });
    }

    private void comeForward(Optional<Path> packageFile) {
        if (!stage.isShowing()) {
            return;
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        packageFile.ifPresent(file -> {
            if (shell == null) {
                handedOver.add(file);
            } else {
                startup.fileHandler().open(file, ctx, shell);
            }
        });
    }

    private void fail(Throwable error) {
        LOG.warn("Cannot open the database", error);
        String technical = error instanceof StoreException ? error.getMessage() : String.valueOf(error);
        startupView.showError(ErrorDialog.sentence(startup.messages(), error), technical, stage::close);
        if (Boolean.getBoolean(EXIT_AFTER_START)) {
            Platform.exit();
        }
    }
}

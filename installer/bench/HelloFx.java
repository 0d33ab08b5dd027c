import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** A bare JavaFX window, the yardstick for Nghị Sự's start-up in installer/bench-startup.sh. */
public final class HelloFx {
    private HelloFx() {
    }

    /** A main class outside Application, as with JavaFX on the class path the launcher requires. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window: one label, titled so the benchmark can find it. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("HelloFx");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 400, 300));
            stage.show();
        }
    }
}

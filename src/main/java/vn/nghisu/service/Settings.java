package vn.nghisu.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** User preferences in settings.properties beside the database: language, window geometry. */
public final class Settings {
    private final Path file;
    private final Properties props = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Reads the file if present; a damaged file gives defaults rather than stopping the app. */
    public static Settings load(Path dataDir) {
        Settings s = new Settings(dataDir.resolve("settings.properties"));
        if (Files.isRegularFile(s.file)) {
            try (Reader in = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                s.props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                s.props.clear();
            }
        }
        return s;
    }

    public synchronized Locale locale() {
        return "en".equals(props.getProperty("language")) ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
    }

    public synchronized void setLanguage(String language) {
        props.setProperty("language", language);
    }

    public synchronized Optional<double[]> window() {
        String value = props.getProperty("window");
        if (value == null) {
            return Optional.empty();
        }
        try {
            String[] parts = value.split(",");
            double[] geometry = new double[4];
            for (int i = 0; i < 4; i++) {
                geometry[i] = Double.parseDouble(parts[i]);
            }
            return geometry[2] > 100 && geometry[3] > 100 ? Optional.of(geometry) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public synchronized void setWindow(double x, double y, double width, double height) {
        props.setProperty("window", x + "," + y + "," + width + "," + height);
    }

    public synchronized String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    public synchronized void put(String key, String value) {
        props.setProperty(key, value);
    }

    public synchronized java.util.Set<String> keys() {
        return props.stringPropertyNames();
    }

    public synchronized void remove(String key) {
        props.remove(key);
    }

    /** Writes atomically: a crash mid-write keeps the previous file. */
    public synchronized void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            props.store(out, "Nghị Sự settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

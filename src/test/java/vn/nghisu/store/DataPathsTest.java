package vn.nghisu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataPathsTest {

    @Test
    void optionWinsOverEnvironment() {
        assertEquals(Path.of("/data/opt"), DataPaths.resolve(Path.of("/data/opt"), Map.of("NGHISU_DB", "/data/env"),
                "Linux", "/home/u"));
    }

    @Test
    void environmentWinsOverDefault() {
        assertEquals(Path.of("/data/env"), DataPaths.resolve(null, Map.of("NGHISU_DB", "/data/env"), "Linux", "/home/u"));
    }

    @Test
    void defaultsFollowTheOperatingSystem() {
        assertEquals(Path.of("/home/u/.local/share/nghisu"), DataPaths.resolve(null, Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/home/u/Library/Application Support/Nghisu"),
                DataPaths.resolve(null, Map.of(), "Mac OS X", "/home/u"));
        assertEquals(Path.of("C:\\Users\\u\\AppData\\Roaming", "Nghisu"),
                DataPaths.resolve(null, Map.of("APPDATA", "C:\\Users\\u\\AppData\\Roaming"), "Windows 11", "C:\\Users\\u"));
    }
}

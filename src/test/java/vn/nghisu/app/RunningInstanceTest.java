package vn.nghisu.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start on a data folder hands its request to the window holding it, and to no one else. */
class RunningInstanceTest {
    @TempDir
    Path dir;
    final BlockingQueue<Optional<Path>> requests = new LinkedBlockingQueue<>();
    RunningInstance running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    private void listen() {
        running = RunningInstance.listen(dir, requests::add).orElseThrow();
    }

    @Test
    void withNoWindowOpenTheStartGoesOn() {
        assertFalse(RunningInstance.handOver(dir, Optional.empty()));
    }

    @Test
    void theOpenWindowTakesTheStartAndThePackageItWasGiven() throws Exception {
        listen();
        Path file = dir.resolve("Hội nghị Lâm Bình.nghisu");
        assertTrue(RunningInstance.handOver(dir, Optional.of(file)));
        assertEquals(Optional.of(file.toAbsolutePath()), requests.poll(5, TimeUnit.SECONDS));
        assertTrue(RunningInstance.handOver(dir, Optional.empty()));
        assertEquals(Optional.empty(), requests.poll(5, TimeUnit.SECONDS), "a start from the menu: just come forward");
    }

    @Test
    void aFileLeftByACrashedWindowIsPassedOverQuickly() throws Exception {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = gone.getLocalPort();
        }
        Files.writeString(dir.resolve(RunningInstance.FILE), closedPort + " 00ff\n");
        long start = System.nanoTime();
        assertFalse(RunningInstance.handOver(dir, Optional.empty()));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "no long wait on a dead port");
        Files.writeString(dir.resolve(RunningInstance.FILE), "not a port\n");
        assertFalse(RunningInstance.handOver(dir, Optional.empty()));
    }

    @Test
    void aRequestWithoutTheTokenIsRefusedAndNotActedOn() throws Exception {
        listen();
        int port = Integer.parseInt(Files.readString(dir.resolve(RunningInstance.FILE)).split(" ")[0]);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write("0123456789abcdef\t/tmp/x.nghisu\n".getBytes(StandardCharsets.UTF_8));
            socket.setSoTimeout(5000);
            assertNull(new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine(), "no answer, connection closed");
        }
        assertNull(requests.poll(300, TimeUnit.MILLISECONDS));
        assertTrue(RunningInstance.handOver(dir, Optional.empty()), "still answers the real thing");
    }

    @Test
    void theFileIsTheUsersOwnAndGoesWithTheWindow() throws Exception {
        listen();
        Path file = dir.resolve(RunningInstance.FILE);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        }
        running.close();
        running = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(Files.exists(file));
        assertFalse(RunningInstance.handOver(dir, Optional.empty()));
    }
}

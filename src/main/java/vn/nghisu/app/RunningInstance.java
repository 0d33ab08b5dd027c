package vn.nghisu.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window that holds a data folder's database answers on a loopback port named, with a secret token, in the file
 * {@value #FILE} of that folder. A second start on the same folder (the menu again, or a double-clicked package) hands
 * its request to it — bring the window forward, open this package — and ends, instead of failing on the lock.
 */
final class RunningInstance implements AutoCloseable {
    static final String FILE = "nghisu.instance";
    private static final Logger LOG = LoggerFactory.getLogger(RunningInstance.class);
    private static final String OK = "OK";
    private static final int CONNECT_MS = 500;
    private static final int ANSWER_MS = 3000;
    /** A path longer than this is no request from a start of this app. */
    private static final int MAX_LINE = 8192;

    private final ServerSocket server;
    private final Path file;
    private final String token;

    private RunningInstance(ServerSocket server, Path file, String token) {
        this.server = server;
        this.file = file;
        this.token = token;
    }

    /**
     * Called by a start before it opens anything: true when a running window of this data folder took the request
     * (and the package file, if any), so this start should end. False, quickly, when none answers (none runs, or
     * the file is left over from a crash).
     */
    static boolean handOver(Path dataDir, Optional<Path> packageFile) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            String[] portAndToken = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
            int port = Integer.parseInt(portAndToken[0]);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_MS);
                socket.setSoTimeout(ANSWER_MS);
                OutputStream out = socket.getOutputStream();
                String request = portAndToken[1] + "\t" + packageFile.map(p -> p.toAbsolutePath().toString()).orElse("");
                out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                return OK.equals(in.readLine());
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("No running window of {} took the start over ({})", dataDir, e.toString());
            return false;
        }
    }

    /**
     * Called by the window once it holds the database: answers later starts on a daemon thread, handing each
     * request's package file (or none: just come forward) to {@code onRequest}. Empty when it cannot listen (a
     * read-only data folder): later starts then meet the lock and explain it, as before.
     */
    static Optional<RunningInstance> listen(Path dataDir, Consumer<Optional<Path>> onRequest) {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        Path file = dataDir.resolve(FILE);
        ServerSocket server = null;
        try {
            server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp);
            ownerOnly(tmp);
            Files.writeString(tmp, server.getLocalPort() + " " + token + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Later starts cannot hand over to this window", e);
            closeQuietly(server);
            return Optional.empty();
        }
        RunningInstance instance = new RunningInstance(server, file, token);
        Thread answering = new Thread(() -> instance.answer(onRequest), "running-instance");
        answering.setDaemon(true);
        answering.start();
        return Optional.of(instance);
    }

    /** The token is what proves a request comes from this user: only they may read it. */
    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file inherits the user's own profile folder's access rules
        }
    }

    private void answer(Consumer<Optional<Path>> onRequest) {
        try {
            answerUntilClosed(onRequest);
        } finally {
            removeFile();
        }
    }

    private void answerUntilClosed(Consumer<Optional<Path>> onRequest) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(ANSWER_MS);
                String packageFile = read(socket);
                if (packageFile != null) {
                    // handed on before the answer: a start told OK has its request queued in this window already
                    onRequest.accept(packageFile.isEmpty() ? Optional.empty() : Optional.of(Path.of(packageFile)));
                    socket.getOutputStream().write((OK + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    LOG.warn("A later start's request was not understood", e);
                }
            }
        }
    }

    /** The package file asked for ("" for none), or null when the token is wrong or the line too long. */
    private String read(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        char[] buffer = new char[MAX_LINE];
        int length = 0;
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (length == MAX_LINE) {
                return null;
            }
            buffer[length++] = (char) c;
        }
        String line = new String(buffer, 0, length);
        int tab = line.indexOf('\t');
        if (tab < 0 || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                line.substring(0, tab).getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return line.substring(tab + 1);
    }

    /**
     * Stops answering; the answering thread then removes the file, unless a newer window has written its own
     * meanwhile. Only a socket is closed here, so the JavaFX thread may call it.
     */
    @Override
    public void close() {
        closeQuietly(server);
    }

    private void removeFile() {
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).contains(token)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}", file, e);
        }
    }

    private static void closeQuietly(ServerSocket server) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.debug("Closing the instance socket", e);
            }
        }
    }
}

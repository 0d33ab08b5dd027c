package vn.nghisu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a password from the first line of a file, so it never appears in the process list or shell history. */
final class PasswordFiles {
    private PasswordFiles() {
    }

    static char[] read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String first = lines.isEmpty() ? "" : lines.get(0);
            if (first.isEmpty()) {
                throw new UserError("Tệp mật khẩu trống: " + file, "the password file is empty: " + file);
            }
            return first.toCharArray();
        } catch (IOException e) {
            throw new UserError("Không đọc được tệp mật khẩu " + file, "cannot read the password file " + file);
        }
    }
}

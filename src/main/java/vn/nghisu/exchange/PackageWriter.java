package vn.nghisu.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a package file atomically: data entries first, then the manifest with their SHA-256 sums. */
final class PackageWriter {
    private final ObjectMapper json = new ObjectMapper();

    void write(PackageContent content, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".nghisu-", ".part");
        try {
            try (OutputStream file = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(file)) {
                Map<String, String> sums = new LinkedHashMap<>();
                for (Map.Entry<String, List<Map<String, Object>>> table : content.tables().entrySet()) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("table", table.getKey());
                    body.put("rows", table.getValue());
                    String name = PackageFormat.dataEntry(table.getKey());
                    sums.put(name, put(zip, name, json.writeValueAsBytes(body)));
                }
                Manifest m = content.manifest();
                Manifest withSums = new Manifest(m.formatVersion(), m.appVersion(), m.createdAt(), m.sourceInstallation(),
                        m.office(), m.meetings(), m.counts(), sums);
                put(zip, PackageFormat.MANIFEST, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(withSums));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        return Checksums.sha256(bytes);
    }
}

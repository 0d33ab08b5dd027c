package vn.nghisu.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a package into memory only after checking it is not hostile: known entry names only (no
 * traversal, no duplicates, no symbolic links), bounded sizes and compression ratios, each entry read
 * through a stream that stops at its limit, whatever the headers claim.
 */
final class SafeZipReader {

    Map<String, byte[]> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ExchangeException("package.missing", "No package file at " + file, file);
            }
            if (Files.size(file) > PackageFormat.MAX_FILE_BYTES) {
                throw new ExchangeException("package.tooLarge", "The package file is too large", file);
            }
            List<CentralDirectory.Entry> entries = CentralDirectory.read(Files.readAllBytes(file));
            check(entries);
            return unpack(file, entries);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExchangeException ee) {
                throw ee;
            }
            throw new ExchangeException("package.damaged", "The file is not a readable Nghị Sự package: " + e, e);
        }
    }

    private static void check(List<CentralDirectory.Entry> entries) {
        Set<String> names = new HashSet<>();
        long total = 0;
        for (CentralDirectory.Entry e : entries) {
            String name = e.name();
            if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")
                    || name.indexOf('\0') >= 0) {
                throw new ExchangeException("package.unsafeName", "Unsafe entry name in the package: " + name, name);
            }
            if (e.symlink()) {
                throw new ExchangeException("package.symlink", "The package holds a symbolic link: " + name, name);
            }
            if (!name.equals(PackageFormat.MANIFEST) && !PackageFormat.DATA_ENTRY.matcher(name).matches()) {
                throw new ExchangeException("package.unknownEntry", "Unknown entry in the package: " + name, name);
            }
            if (!names.add(name)) {
                throw new ExchangeException("package.duplicateEntry", "Entry appears twice in the package: " + name, name);
            }
            total += e.size();
            checkSize(name, e.size(), e.compressedSize(), total);
        }
        if (!names.contains(PackageFormat.MANIFEST)) {
            throw new ExchangeException("package.noManifest", "The package has no manifest.json");
        }
    }

    private static void checkSize(String name, long size, long compressed, long total) {
        boolean ratio = size > PackageFormat.RATIO_FLOOR_BYTES && size > PackageFormat.MAX_RATIO * Math.max(1, compressed);
        if (size > PackageFormat.MAX_ENTRY_BYTES || total > PackageFormat.MAX_TOTAL_BYTES || ratio) {
            throw new ExchangeException("package.bomb", "Entry " + name + " unpacks to an unsafe size", name);
        }
    }

    private static Map<String, byte[]> unpack(Path file, List<CentralDirectory.Entry> entries) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (CentralDirectory.Entry declared : entries) {
                ZipEntry entry = zip.getEntry(declared.name());
                if (entry == null || entry.isDirectory()) {
                    throw CentralDirectory.damaged("entry " + declared.name());
                }
                byte[] bytes = bounded(zip.getInputStream(entry), declared.size());
                total += bytes.length;
                checkSize(declared.name(), bytes.length, declared.compressedSize(), total);
                out.put(declared.name(), bytes);
            }
        }
        return out;
    }

    /** Reads at most the declared size (itself bounded); one byte more means the headers lied. */
    private static byte[] bounded(InputStream in, long declared) throws IOException {
        try (in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            long limit = Math.min(declared, PackageFormat.MAX_ENTRY_BYTES);
            int n;
            while ((n = in.read(chunk, 0, (int) Math.min(chunk.length, limit + 1 - buffer.size()))) > 0) {
                buffer.write(chunk, 0, n);
                if (buffer.size() > limit) {
                    throw new ExchangeException("package.bomb", "An entry unpacks to more than it declares", "");
                }
            }
            return buffer.toByteArray();
        }
    }
}

package vn.nghisu.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds and takes apart zip archives in memory, and patches central-directory fields, for the fuzz tests. */
final class ZipBytes {
    private ZipBytes() {
    }

    static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Offsets of every central-directory header in the archive. */
    static int[] centralHeaders(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (b.getInt(end) != 0x06054b50) {
            end--;
        }
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int[] offsets = new int[count];
        int pos = b.getInt(end + 16);
        for (int i = 0; i < count; i++) {
            offsets[i] = pos;
            pos += 46 + Short.toUnsignedInt(b.getShort(pos + 28)) + Short.toUnsignedInt(b.getShort(pos + 30))
                    + Short.toUnsignedInt(b.getShort(pos + 32));
        }
        return offsets;
    }

    /** Marks the entry at the central header as a Unix symbolic link. */
    static byte[] markSymlink(byte[] zip, int header) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(header + 4, (short) (3 << 8 | 20));
        b.putInt(header + 38, 0120777 << 16);
        return copy;
    }

    /** Makes the central directory claim a different uncompressed size for the entry. */
    static byte[] declareSize(byte[] zip, int header, long size) {
        byte[] copy = zip.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(header + 24, (int) size);
        return copy;
    }

    /** Replaces every occurrence of the name's bytes (local and central headers) with another of equal length. */
    static byte[] rename(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] c = to.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] copy = zip.clone();
        for (int i = 0; i + a.length <= copy.length; i++) {
            if (java.util.Arrays.equals(copy, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(c, 0, copy, i, c.length);
            }
        }
        return copy;
    }
}

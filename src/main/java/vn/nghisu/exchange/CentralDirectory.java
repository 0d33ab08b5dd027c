package vn.nghisu.exchange;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip's central directory itself, because java.util.zip hides what a hostile archive can carry
 * there: Unix file modes (symbolic links) and duplicate names.
 */
final class CentralDirectory {
    private static final int EOCD = 0x06054b50;
    private static final int HEADER = 0x02014b50;
    private static final int UNIX = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int SYMLINK = 0120000;

    /** One entry as the central directory declares it. */
    record Entry(String name, long compressedSize, long size, boolean symlink) {
    }

    private CentralDirectory() {
    }

    static List<Entry> read(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEnd(b);
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        long offset = Integer.toUnsignedLong(b.getInt(end + 16));
        if (count > PackageFormat.MAX_ENTRIES) {
            throw refused("package.tooManyEntries", "Too many entries in the package: " + count, count);
        }
        List<Entry> entries = new ArrayList<>();
        long pos = offset;
        for (int i = 0; i < count; i++) {
            if (pos < 0 || pos + 46 > end || b.getInt((int) pos) != HEADER) {
                throw damaged("central directory header " + i);
            }
            int p = (int) pos;
            int madeBy = Short.toUnsignedInt(b.getShort(p + 4)) >>> 8;
            long compressed = Integer.toUnsignedLong(b.getInt(p + 20));
            long size = Integer.toUnsignedLong(b.getInt(p + 24));
            int nameLength = Short.toUnsignedInt(b.getShort(p + 28));
            int extra = Short.toUnsignedInt(b.getShort(p + 30));
            int comment = Short.toUnsignedInt(b.getShort(p + 32));
            int mode = b.getInt(p + 38) >>> 16;
            if (p + 46L + nameLength > end) {
                throw damaged("entry name " + i);
            }
            String name = utf8(zip, p + 46, nameLength);
            entries.add(new Entry(name, compressed, size, madeBy == UNIX && (mode & TYPE_MASK) == SYMLINK));
            pos = p + 46L + nameLength + extra + comment;
        }
        return entries;
    }

    private static int findEnd(ByteBuffer b) {
        for (int i = b.limit() - 22; i >= Math.max(0, b.limit() - 22 - 65535); i--) {
            if (b.getInt(i) == EOCD) {
                return i;
            }
        }
        throw damaged("no end of central directory");
    }

    private static String utf8(byte[] bytes, int from, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException e) {
            throw damaged("entry name is not UTF-8");
        }
    }

    static ExchangeException damaged(String detail) {
        return refused("package.damaged", "The file is not a readable Nghị Sự package (" + detail + ")");
    }

    static ExchangeException refused(String key, String english, Object... args) {
        return new ExchangeException(key, english, args);
    }
}

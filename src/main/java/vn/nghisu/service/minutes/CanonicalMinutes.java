package vn.nghisu.service.minutes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import vn.nghisu.minutes.MinutesDocument;

/**
 * The canonical form of a minutes: compact JSON of the document with keys sorted, ISO dates and times, NFC text,
 * and no footer (the footer prints the hash, so it cannot be part of it). Equal content gives equal bytes.
 */
public final class CanonicalMinutes {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CanonicalMinutes() {
    }

    public static String json(MinutesDocument doc) {
        try {
            return Normalizer.normalize(JSON.writeValueAsString(doc.withFooter("")), Normalizer.Form.NFC);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Minutes document cannot be written as JSON", e);
        }
    }

    public static String sha256(String canonicalJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Reads a stored version back, e.g. to tell what changed since. */
    public static MinutesDocument parse(String canonicalJson) {
        try {
            return JSON.readValue(canonicalJson, MinutesDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored minutes version is not readable JSON", e);
        }
    }

    /** The footer line of a finalized version: "Phiên bản 2 · SHA-256 1a2b3c4d". */
    public static String footer(int versionNo, String sha256) {
        return "Phiên bản " + versionNo + " · SHA-256 " + sha256.substring(0, 8);
    }
}

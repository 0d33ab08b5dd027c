package vn.nghisu.minutes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads document profiles from JSON template files: the two built-in ones, or an office's own copy. */
public final class DocumentProfiles {

    public static final String STATE_TEMPLATE = "/minutes/templates/state.json";
    public static final String PARTY_TEMPLATE = "/minutes/templates/party.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private DocumentProfiles() {
    }

    /** The state-body template (Nghị định 30/2020/NĐ-CP). */
    public static DocumentProfile state() {
        return builtIn(STATE_TEMPLATE);
    }

    /** The Party template (Hướng dẫn 36-HD/VPTW). */
    public static DocumentProfile party() {
        return builtIn(PARTY_TEMPLATE);
    }

    public static DocumentProfile builtIn(ProfileKind kind) {
        return kind == ProfileKind.PARTY ? party() : state();
    }

    /** Reads an edited template file; the message says which file is wrong and why. */
    public static DocumentProfile load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("Mẫu biên bản không hợp lệ: " + file + " / invalid minutes template: "
                    + e.getMessage(), e);
        }
    }

    public static DocumentProfile read(InputStream in) throws IOException {
        return JSON.readValue(in, DocumentProfile.class);
    }

    /** The profile as template JSON, e.g. to keep an office's edits in the database. */
    public static String toJson(DocumentProfile profile) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(profile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write minutes template as JSON", e);
        }
    }

    public static DocumentProfile fromJson(String json) throws IOException {
        return JSON.readValue(json, DocumentProfile.class);
    }

    public static void write(DocumentProfile profile, Path file) throws IOException {
        AtomicFileWriter.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, profile));
    }

    private static DocumentProfile builtIn(String resource) {
        try (InputStream in = DocumentProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in minutes template " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read built-in minutes template " + resource, e);
        }
    }
}

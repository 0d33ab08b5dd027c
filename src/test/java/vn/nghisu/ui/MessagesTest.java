package vn.nghisu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void vietnameseIsTheDefaultEvenOnAnEnglishMachine() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Cuộc họp", new Messages(Locale.forLanguageTag("vi-VN")).get("nav.meetings"));
            assertEquals("Meetings", new Messages(Locale.ENGLISH).get("nav.meetings"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Set<String> vi = keys("/i18n/" + bundle + ".properties");
            Set<String> en = keys("/i18n/" + bundle + "_en.properties");
            assertEquals(vi, en, "keys of bundle " + bundle);
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}

package vn.nghisu.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The string bundles of resources/i18n, one per feature, Vietnamese each base bundle and English the alternative;
 * the window's {@code Messages} and the command line's error sentences both read them.
 */
public final class Bundles {
    public static final List<String> NAMES = List.of("messages", "meeting", "followup", "minutes", "safety", "exchange");
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Bundles() {
    }

    public static List<ResourceBundle> load(Locale locale) {
        List<ResourceBundle> bundles = new ArrayList<>();
        for (String name : NAMES) {
            try {
                // No fallback to the JVM's default locale: an English machine must still show Vietnamese by default.
                bundles.add(ResourceBundle.getBundle("i18n." + name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // a feature without strings of its own yet
            }
        }
        return bundles;
    }

    public static Optional<String> find(List<ResourceBundle> bundles, String key) {
        return bundles.stream().filter(b -> b.containsKey(key)).findFirst().map(b -> b.getString(key));
    }
}

package vn.nghisu.ui;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI strings of one language; Vietnamese is each base bundle, English the alternative.
 * Each feature keeps its own bundle file in resources/i18n, looked up in the order of {@link #BUNDLES}.
 */
public final class Messages {
    static final List<String> BUNDLES = List.of("messages", "meeting", "followup", "minutes", "safety", "exchange");
    private final List<ResourceBundle> bundles = new ArrayList<>();
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        for (String name : BUNDLES) {
            try {
                // No fallback to the JVM's default locale: an English machine must still show Vietnamese by default.
                bundles.add(ResourceBundle.getBundle("i18n." + name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // a feature without strings of its own yet
            }
        }
    }

    public String get(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return key;
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** Label of an enum constant, e.g. prefix "action.status" and DONE give "Hoàn thành". */
    public String label(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    public Locale locale() {
        return locale;
    }
}

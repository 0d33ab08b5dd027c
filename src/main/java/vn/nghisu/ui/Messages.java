package vn.nghisu.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.nghisu.service.Bundles;

/**
 * The UI strings of one language; Vietnamese is each base bundle, English the alternative.
 * Each feature keeps its own bundle file in resources/i18n, looked up in the order of {@link #BUNDLES}.
 */
public final class Messages {
    static final List<String> BUNDLES = Bundles.NAMES;
    private final List<ResourceBundle> bundles;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundles = Bundles.load(locale);
    }

    public String get(String key) {
        return Bundles.find(bundles, key).orElse(key);
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

package vn.nghisu.exchange;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.nghisu.store.StoreException;

/** A package refused or an export that failed; the key names a sentence in the exchange bundle, args fill it. */
public class ExchangeException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Object[] args;

    public ExchangeException(String key, String english, Object... args) {
        this(key, english, null, args);
    }

    public ExchangeException(String key, String english, Throwable cause, Object... args) {
        super(key, english, cause);
        this.args = args.clone();
    }

    /** The sentence in the given language, with its details filled in. */
    public String sentence(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.exchange", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.containsKey(key()) ? bundle.getString(key()) : getMessage();
        return new MessageFormat(pattern, locale).format(args);
    }

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
}

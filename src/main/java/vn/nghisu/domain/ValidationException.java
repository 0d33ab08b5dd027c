package vn.nghisu.domain;

/** A rule broken by user input; the key names a message in the UI bundles, so it can be shown in Vietnamese. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public ValidationException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}

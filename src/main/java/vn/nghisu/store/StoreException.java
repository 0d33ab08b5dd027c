package vn.nghisu.store;

/** A storage failure the user must understand; the key names a message in the UI bundles. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public StoreException(String key, String englishMessage, Throwable cause) {
        super(englishMessage, cause);
        this.key = key;
    }

    public String key() {
        return key;
    }
}

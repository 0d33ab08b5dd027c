package vn.nghisu.domain;

/** Guard helper for domain rules. */
public final class Validation {
    private Validation() {
    }

    public static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new ValidationException(messageKey);
        }
    }
}

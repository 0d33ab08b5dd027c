package vn.nghisu.app;

import vn.nghisu.service.Services;

/** Opens the store for the window, on the worker thread; an encrypted store needs the user's password first. */
public interface StoreOpener {
    boolean needsPassword();

    /** @param password null for an unencrypted store */
    Services open(char[] password) throws Exception;

    /** Whether the last {@link #open} created a new, empty database (the first start on this computer). */
    default boolean createdNew() {
        return false;
    }
}

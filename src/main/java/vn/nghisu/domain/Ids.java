package vn.nghisu.domain;

import java.util.UUID;

/** New record identities: random UUIDs, so records made on two laptops never clash. */
public final class Ids {
    private Ids() {
    }

    public static UUID newId() {
        return UUID.randomUUID();
    }

    public static UUID orNew(UUID id) {
        return id == null ? newId() : id;
    }
}

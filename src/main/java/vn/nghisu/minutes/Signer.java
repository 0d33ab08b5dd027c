package vn.nghisu.minutes;

/** A named person with a position title, such as the chair or the secretary. */
public record Signer(String name, String title) {

    public Signer {
        name = Nfc.of(name);
        title = Nfc.of(title);
    }
}

package vn.nghisu.minutes;

/** One delegate on the attendance list, with their position title and presence. */
public record Delegate(String name, String title, Presence presence, String reason) {

    public Delegate {
        name = Nfc.of(name);
        title = Nfc.of(title);
        presence = presence == null ? Presence.PRESENT : presence;
        reason = Nfc.of(reason);
    }

    public static Delegate present(String name, String title) {
        return new Delegate(name, title, Presence.PRESENT, "");
    }
}

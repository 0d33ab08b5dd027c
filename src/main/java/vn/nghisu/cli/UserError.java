package vn.nghisu.cli;

/** A refusal a command reports to the user in one bilingual sentence. */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String vietnamese, String english) {
        super(vietnamese + " / " + english);
    }
}

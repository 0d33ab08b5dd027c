package vn.nghisu.ui.minutes;

import vn.nghisu.minutes.ExportFailedException;
import vn.nghisu.ui.ErrorDialog;
import vn.nghisu.ui.Messages;

/** The sentence a secretary reads when a minutes action fails; export failures carry their own Vietnamese text. */
final class MinutesErrors {

    private MinutesErrors() {
    }

    static String sentence(Messages messages, Throwable error) {
        if (error instanceof ExportFailedException e && e.getMessage() != null) {
            int split = e.getMessage().indexOf(" / ");
            boolean english = "en".equals(messages.locale().getLanguage());
            if (split > 0) {
                return english ? e.getMessage().substring(split + 3) : e.getMessage().substring(0, split);
            }
            return e.getMessage();
        }
        return ErrorDialog.sentence(messages, error);
    }
}

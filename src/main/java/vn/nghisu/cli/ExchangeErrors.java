package vn.nghisu.cli;

import java.util.Locale;
import vn.nghisu.exchange.ExchangeException;

/** Turns an exchange refusal into the one bilingual sentence the command line prints. */
final class ExchangeErrors {
    private ExchangeErrors() {
    }

    static UserError user(ExchangeException e) {
        return new UserError(e.sentence(ExchangeException.VIETNAMESE), e.sentence(Locale.ENGLISH));
    }
}

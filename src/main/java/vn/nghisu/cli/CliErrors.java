package vn.nghisu.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.exchange.ExchangeException;
import vn.nghisu.service.Bundles;
import vn.nghisu.store.StoreException;

/**
 * Prints a plain sentence (not a stack trace) for failures the user can act on, in Vietnamese and in English, and
 * exits non-zero.
 */
public final class CliErrors implements IExecutionExceptionHandler {
    public static final int EXIT_REFUSED = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parse) throws Exception {
        if (ex instanceof ExchangeException ee) {
            return handleExecutionException(ExchangeErrors.user(ee), cmd, parse); // its sentences have details
        }
        if (ex instanceof UserError) {
            cmd.getErr().println("Lỗi / Error: " + ex.getMessage());
            return EXIT_REFUSED;
        }
        String key = ex instanceof StoreException se ? se.key() : ex instanceof ValidationException ve ? ve.key() : null;
        if (key != null) {
            // the window's Vietnamese sentence, then the English message with its details (a path, a reason)
            cmd.getErr().println("Lỗi: " + Bundles.find(Bundles.load(Bundles.VIETNAMESE), key).orElse(ex.getMessage()));
            cmd.getErr().println("Error: " + ex.getMessage());
            return EXIT_REFUSED;
        }
        throw ex;
    }
}

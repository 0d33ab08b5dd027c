package vn.nghisu.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.nghisu.domain.ValidationException;
import vn.nghisu.store.StoreException;

/** Prints a plain sentence (not a stack trace) for failures the user can act on, and exits non-zero. */
public final class CliErrors implements IExecutionExceptionHandler {
    public static final int EXIT_REFUSED = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parse) throws Exception {
        if (ex instanceof StoreException || ex instanceof ValidationException || ex instanceof UserError) {
            cmd.getErr().println("Lỗi / Error: " + ex.getMessage());
            return EXIT_REFUSED;
        }
        throw ex;
    }
}

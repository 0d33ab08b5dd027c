package vn.nghisu.app;

import picocli.CommandLine;
import vn.nghisu.cli.CliErrors;
import vn.nghisu.cli.Commands;

/** Entry point. It must not extend Application: with JavaFX on the class path the launcher refuses that. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.exit(code);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        Commands.all().forEach(cl::addSubcommand);
        cl.setExecutionExceptionHandler(new CliErrors());
        return cl;
    }
}

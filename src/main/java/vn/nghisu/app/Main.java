package vn.nghisu.app;

import picocli.CommandLine;
import vn.nghisu.cli.CliErrors;
import vn.nghisu.cli.Commands;
import vn.nghisu.store.DataPaths;

/** Entry point. It must not extend Application: with JavaFX on the class path the launcher refuses that. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            // A start from the menu: straight to the window, without building the command line, whose picocli
            // classes (Java 5 class files) the AppCDS archive cannot hold.
            DesktopLauncher.launch(DataPaths.resolve(null), null);
            System.exit(0);
        }
        int code = commandLine().execute(args);
        System.exit(code);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        Commands.all().forEach(cl::addSubcommand);
        // `nghisu actions --help` shows the command's own options, as the top level's --help does
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
        cl.setExecutionExceptionHandler(new CliErrors());
        return cl;
    }
}

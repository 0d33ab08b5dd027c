package vn.nghisu.cli;

import java.util.List;

/** The command-line subcommands, registered on the root command by the app. */
public final class Commands {
    private Commands() {
    }

    public static List<Object> all() {
        return List.of(new DemoCommand(), new InfoCommand(), new ExportMinutesCommand(), new BackupCommand(),
                new RestoreCommand(), new EncryptCommand(), new ExportPackageCommand(), new ImportPackageCommand(),
                new SearchCommand(), new ActionsCommand(), new ReportCommand(), new GenerateCommand());
    }
}

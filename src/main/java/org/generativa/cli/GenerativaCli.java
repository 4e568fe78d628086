package org.generativa.cli;

import java.io.PrintWriter;
import org.generativa.common.AppPaths;
import org.generativa.common.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The headless command line. Errors are one line on stderr and a non-zero exit; details go to the log. */
@Command(name = "generativa", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Trains and inspects generative models without the desktop window.",
        subcommands = {DatasetsCommand.class, TrainCommand.class, ToyCommand.class, ProbeCommand.class, ArithmeticCommand.class, ExerciseCommand.class, ModelsCommand.class,
            BenchCommand.class})
public final class GenerativaCli implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(GenerativaCli.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new GenerativaCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            String hint = " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')";
            err.println("generativa: " + ex.getMessage() + hint);
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException) {
                err.println("generativa: " + ex.getMessage());
                LOG.info("Refused input: {}", ex.getMessage());
            } else {
                LOG.error("Command failed", ex);
                err.println("generativa: " + commandLine.getCommandName() + " failed: " + ex
                        + " (details in " + AppPaths.logFile() + ")");
            }
            err.flush();
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        return code;
    }
}

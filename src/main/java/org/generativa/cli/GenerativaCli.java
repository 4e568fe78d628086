package org.generativa.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.generativa.common.AppPaths;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;
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

    /** One sentence, in English, for a command that failed for a reason that was not the user's input. */
    static String failed(String command, Exception e) {
        return Sentence.of("failure.command", command, Sentence.of(e), AppPaths.logFile()).in(Locale.ROOT);
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
                err.println("generativa: " + failed(commandLine.getCommandName(), ex));
            }
            err.flush();
            return 1;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands exceptions to the handler above, but lets errors through.
            LOG.error("Out of memory", e);
            err.println("generativa: " + Sentence.of(e).in(Locale.ROOT));
            code = 1;
        }
        err.flush();
        out.flush();
        return code;
    }
}

package org.generativa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Benchmarks; each is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures speed, memory and start-up goals: 'bench train' against the PyTorch peer scripts,"
                + " 'bench memory' over long runs, 'bench startup' to the window, 'bench latent' for latent previews, 'bench soak' for a long, impatient session, 'bench quality' for the time to recognisable samples.",
        subcommands = {BenchTrainCommand.class, BenchMemoryCommand.class, BenchStartupCommand.class, BenchLatentCommand.class,
            BenchSoakCommand.class, BenchQualityCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

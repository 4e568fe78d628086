package org.generativa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Benchmarks; each is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures speed goals side by side in one run: 'bench latent' times latent previews.",
        subcommands = BenchLatentCommand.class)
final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

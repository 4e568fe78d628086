package org.generativa.cli;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DatasetLoader;
import org.generativa.exercise.BuiltInExercises;
import org.generativa.exercise.Exercise;
import org.generativa.exercise.ExerciseReader;
import org.generativa.exercise.ExerciseRun;
import org.generativa.nn.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Guided exercises for instructors: list the built-in ones, check a file, run one headless. */
@Command(name = "exercise", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {ExerciseCommand.Check.class, ExerciseCommand.Run.class},
        description = "Guided exercises: --list shows the built-in ones; 'check FILE' validates an exercise file; 'run NAME|FILE'"
                + " trains it headless and says which steps' checks passed.")
final class ExerciseCommand implements Callable<Integer> {

    @Option(names = "--list", description = "List the built-in exercises.")
    private boolean list;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!list) {
            spec.commandLine().usage(out);
            return 0;
        }
        for (Exercise e : BuiltInExercises.all()) {
            out.printf(Locale.ROOT, "%-22s %-14s %-12s %s%n", e.id(), e.model(), e.dataset(), Exercise.in(e.title(), "en"));
        }
        return 0;
    }

    /** A built-in exercise by id, or an exercise file. */
    static Exercise load(String nameOrFile) {
        Exercise builtIn = BuiltInExercises.find(nameOrFile);
        if (builtIn != null) {
            return builtIn;
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of("exercise.unknown", nameOrFile, String.join(", ", BuiltInExercises.ids()));
        }
        return ExerciseReader.readFile(file);
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Validate an exercise file: one sentence for its first problem.")
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The exercise file (JSON).")
        private String file;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            Exercise e = load(file);
            long checks = e.steps().stream().filter(s -> s.check() != null).count();
            spec.commandLine().getOut().printf(Locale.ROOT, "%s is a valid exercise: \"%s\", %d steps, %d with a check.%n",
                    file, Exercise.in(e.title(), "en"), e.steps().size(), checks);
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run an exercise headless: train its model from its settings and tick its steps off as their checks pass.")
    static final class Run implements Callable<Integer> {

        @Parameters(paramLabel = "NAME|FILE", description = "A built-in exercise's id or an exercise file.")
        private String name;

        @Option(names = "--steps", defaultValue = "2000", description = "Training steps at most (default: ${DEFAULT-VALUE}).")
        private long steps;

        @Option(names = "--json", description = "Make the last line of output one JSON object of the results.")
        private boolean json;

        @Option(names = "--report", paramLabel = "FILE.html",
                description = "Write the hand-in report (one HTML file) here at the end, and the run file beside it.")
        private Path report;

        @Option(names = "--student", paramLabel = "NAME", description = "The name the report shows (needed with --report).")
        private String student;

        @Option(names = "--language", paramLabel = "CODE", defaultValue = "en",
                description = "The report's language: en, es, pt or el (default: ${DEFAULT-VALUE}).")
        private String language;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (steps < 1) {
                throw new InvalidInputException("--steps must be at least 1, not " + steps + ".");
            }
            ExerciseRun.ReportRequest request = reportRequest();
            Exercise exercise = load(name);
            PrintWriter out = spec.commandLine().getOut();
            ExerciseRun.Outcome outcome;
            try (NDManager root = Backend.load(ExerciseRun.threads(exercise)).newBaseManager()) {
                outcome = ExerciseRun.run(exercise, root, steps, line -> {
                    out.println(line);
                    out.flush();
                }, request, DatasetLoader.standard()::has);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ExerciseRun.StepOutcome o : outcome.outcomes()) {
                String state = !o.checked() ? (o.index() < outcome.reached() ? "read" : "not reached") : o.passed() ? "passed" : "not passed";
                out.printf(Locale.ROOT, "step %d: %s%s%n", o.index() + 1, state, o.passed() ? " at training step " + o.at() : "");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("step", o.index() + 1);
                row.put("check", o.checked());
                row.put("passed", o.passed());
                row.put("at", o.at() < 0 ? null : o.at());
                rows.add(row);
            }
            if (json) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("exercise", outcome.id());
                map.put("steps", outcome.steps());
                map.put("seconds", TrainCommand.round(outcome.seconds()));
                map.put("all_checks_passed", outcome.allChecksPassed());
                map.put("outcomes", rows);
                out.println(Json.MAPPER.writeValueAsString(map));
            }
            if (request != null) {
                out.println("report written to " + request.file() + ", run file " + request.runFile());
            }
            return outcome.allChecksPassed() ? 0 : 1;
        }

        private ExerciseRun.ReportRequest reportRequest() {
            if (report == null) {
                return null;
            }
            if (student == null || student.isBlank()) {
                throw InvalidInputException.of("exercise.noStudent");
            }
            if (!ExerciseReader.LANGUAGES.contains(language)) {
                throw new InvalidInputException("--language must be one of en, es, pt or el, not " + language + ".");
            }
            return new ExerciseRun.ReportRequest(report.toAbsolutePath(), student.strip(), Locale.forLanguageTag(language));
        }
    }
}

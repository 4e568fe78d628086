package org.generativa.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.generativa.common.AtomicFiles;
import org.generativa.common.Messages;
import org.generativa.run.RunArchive;
import org.generativa.train.MetricPoint;

/**
 * The hand-in report of an exercise: one self-contained HTML file (charts as inline SVG, the sample grid as an
 * embedded PNG, no script) in the student's language, that any browser opens.
 */
public final class HandInReport {

    private static final String STYLE = "body{font-family:sans-serif;max-width:760px;margin:24px auto;padding:0 16px;color:#222;"
            + "line-height:1.45}h1{font-size:1.6em;margin-bottom:4px}h2{font-size:1.2em;border-bottom:1px solid #ccc;"
            + "padding-bottom:2px;margin-top:28px}table{border-collapse:collapse}td,th{text-align:left;padding:2px 14px 2px 0;"
            + "vertical-align:top}th{font-weight:600}li{margin-bottom:12px}.passed{color:#1d7a3e;font-weight:600}"
            + ".missed{color:#b3261e;font-weight:600}.read{color:#555}.answer{margin-left:12px}.meta{color:#444}"
            + "figure{margin:12px 0}figcaption{font-size:.9em;color:#555}img.samples{image-rendering:pixelated;"
            + "max-width:100%;border:1px solid #ddd}";

    private HandInReport() {}

    /** The run file handed in beside {@code report}: its name with {@code .genrun} for {@code .html}. */
    public static Path runFileFor(Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return report.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "." + RunArchive.EXTENSION);
    }

    /** Writes the report of {@code handIn} into {@code file} atomically. */
    public static void write(HandIn handIn, Path file) throws IOException {
        byte[] bytes = html(handIn).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    public static String html(HandIn h) {
        Locale lang = h.language();
        Exercise exercise = h.progress().exercise();
        String language = lang.getLanguage();
        String title = Exercise.in(exercise.title(), language);
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(language)).append("\"><head><meta charset=\"utf-8\">");
        b.append("<meta name=\"generator\" content=\"Generativa\"><title>").append(Html.escape(title)).append(" — ")
                .append(Html.escape(h.student())).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        b.append("<h1 id=\"title\">").append(Html.escape(title)).append("</h1>\n");
        b.append("<table class=\"meta\" id=\"meta\">");
        row(b, label(lang, "report.student"), h.student());
        row(b, label(lang, "report.exported"), h.exported().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(lang)));
        row(b, label(lang, "report.spent"), Messages.format(lang, "report.minutes", String.valueOf(h.spent().toMinutes()),
                String.valueOf(h.spent().toSecondsPart())));
        int total = exercise.steps().size();
        row(b, label(lang, "report.reached"), h.progress().finished() ? label(lang, "exercise.done")
                : Messages.format(lang, "exercise.stepOf", String.valueOf(h.progress().current() + 1), String.valueOf(total)));
        row(b, label(lang, "report.trained"), String.format(lang, "%,d", h.trainedSteps()));
        b.append("</table>\n");
        b.append("<h2>").append(text(lang, "report.exercise")).append("</h2>\n<p id=\"intro\">")
                .append(Html.escape(Exercise.in(exercise.text(), language))).append("</p>\n");
        settings(b, h, lang);
        steps(b, h, lang);
        charts(b, h, lang);
        b.append("<h2>").append(text(lang, "report.samples")).append("</h2>\n");
        if (h.samplesPng() == null) {
            b.append("<p>").append(text(lang, "report.noSamples")).append("</p>\n");
        } else {
            b.append("<figure><img class=\"samples\" id=\"samples\" alt=\"").append(text(lang, "report.samples"))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(h.samplesPng()))
                    .append("\"><figcaption>").append(Html.escape(Messages.format(lang, "report.samplesAt",
                            String.format(lang, "%,d", h.trainedSteps())))).append("</figcaption></figure>\n");
        }
        if (h.runFile() != null) {
            b.append("<p id=\"runfile\">").append(Html.escape(Messages.format(lang, "report.runFile", h.runFile()))).append("</p>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static void settings(StringBuilder b, HandIn h, Locale lang) {
        b.append("<h2>").append(text(lang, "report.settings")).append("</h2>\n<table id=\"settings\">");
        row(b, label(lang, "report.model"), h.model());
        row(b, label(lang, "report.dataset"), h.dataset());
        Set<String> locked = Set.copyOf(h.progress().exercise().locked());
        for (Map.Entry<String, String> e : h.settings().entrySet()) {
            row(b, e.getKey() + (locked.contains(e.getKey()) ? " 🔒" : ""), e.getValue());
        }
        b.append("</table>\n");
    }

    private static void steps(StringBuilder b, HandIn h, Locale lang) {
        ExerciseProgress progress = h.progress();
        List<ExerciseStep> steps = progress.exercise().steps();
        String language = lang.getLanguage();
        b.append("<h2>").append(text(lang, "report.steps")).append("</h2>\n<ol id=\"steps\">");
        for (int i = 0; i < steps.size(); i++) {
            ExerciseStep step = steps.get(i);
            b.append("<li>").append(Html.escape(Exercise.in(step.text(), language)));
            if (step.check() != null) {
                b.append("<br><span class=\"check\">").append(Html.escape(CheckText.describe(step.check(), lang))).append(": </span>");
                long at = progress.tickedAt(i);
                b.append(at >= 0 ? "<span class=\"passed\">" + Html.escape(Messages.format(lang, "report.passedAt",
                        String.format(lang, "%,d", at))) + "</span>"
                        : "<span class=\"missed\">" + text(lang, "report.notPassed") + "</span>");
            } else if (i < progress.current()) {
                b.append("<br><span class=\"read\">").append(text(lang, "report.read")).append("</span>");
            }
            if (step.question() != null) {
                question(b, step.question(), progress.answers().get(i), lang);
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

    private static void question(StringBuilder b, Question q, String answer, Locale lang) {
        String language = lang.getLanguage();
        b.append("<div class=\"answer\"><b>").append(Html.escape(Exercise.in(q.text(), language))).append("</b><br>");
        if (answer == null || answer.isBlank()) {
            b.append("<span class=\"missed\">").append(text(lang, "report.noAnswer")).append("</span>");
        } else if (q.choices().isEmpty()) {
            b.append(Html.escape(answer));
        } else {
            int chosen = choiceNumber(answer, q.choices().size());
            b.append(chosen < 0 ? Html.escape(answer) : Html.escape(Exercise.in(q.choices().get(chosen), language)));
            if (q.answer() >= 0 && chosen >= 0) {
                b.append(chosen == q.answer() ? " <span class=\"passed\">" + text(lang, "report.right") + "</span>"
                        : " <span class=\"missed\">" + text(lang, "report.wrong") + "</span>");
            }
        }
        b.append("</div>");
    }

    private static int choiceNumber(String answer, int choices) {
        try {
            int n = Integer.parseInt(answer.trim());
            return n >= 0 && n < choices ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The run's first two values (its losses), then one chart per value a step checks, its range shaded. */
    private static void charts(StringBuilder b, HandIn h, Locale lang) {
        List<String> names = h.metrics().names();
        List<MetricPoint> points = h.metrics().points();
        b.append("<h2>").append(text(lang, "report.charts")).append("</h2>\n<div id=\"charts\">");
        if (points.isEmpty()) {
            b.append("<p>").append(text(lang, "report.noTraining")).append("</p>");
        } else {
            List<SvgChart.Series> losses = new ArrayList<>();
            for (int i = 0; i < Math.min(2, names.size()); i++) {
                losses.add(series(names, points, names.get(i), null, lang));
            }
            figure(b, SvgChart.render(label(lang, "report.losses"), points, losses, List.of()));
            Map<List<String>, List<SvgChart.Band>> checked = new LinkedHashMap<>();
            for (ExerciseStep step : h.progress().exercise().steps()) {
                LiveCheck c = step.check();
                if (c != null && names.contains(c.metric()) && (c.relativeTo() == null || names.contains(c.relativeTo()))) {
                    checked.computeIfAbsent(Arrays.asList(c.metric(), c.relativeTo()), k -> new ArrayList<>())
                            .add(new SvgChart.Band(c.min(), c.max()));
                }
            }
            checked.forEach((value, bands) -> {
                SvgChart.Series line = series(names, points, value.get(0), value.get(1), lang);
                figure(b, SvgChart.render(line.label(), points, List.of(line), bands));
            });
        }
        b.append("</div>\n");
    }

    private static SvgChart.Series series(List<String> names, List<MetricPoint> points, String metric, String minus, Locale lang) {
        int column = names.indexOf(metric);
        int other = minus == null ? -1 : names.indexOf(minus);
        double[] values = new double[points.size()];
        for (int i = 0; i < values.length; i++) {
            double[] row = points.get(i).values();
            double v = column < row.length ? row[column] : Double.NaN;
            values[i] = other < 0 ? v : other < row.length ? v - row[other] : Double.NaN;
        }
        String label = CheckText.valueName(metric, minus, lang);
        return new SvgChart.Series(label, values);
    }

    private static void figure(StringBuilder b, String svg) {
        b.append("<figure class=\"chart\">").append(svg).append("</figure>");
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("<tr><th>").append(Html.escape(label)).append("</th><td>").append(Html.escape(value)).append("</td></tr>");
    }

    private static String label(Locale lang, String key) {
        return Messages.get(lang, key);
    }

    private static String text(Locale lang, String key) {
        return Html.escape(label(lang, key));
    }
}

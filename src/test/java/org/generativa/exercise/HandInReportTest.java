package org.generativa.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.generativa.train.MetricPoint;
import org.generativa.train.RecordedMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-in report: what it says, and that a real browser shows its text, its charts and its picture. */
class HandInReportTest {

    private static final List<String> NAMES = List.of("loss_d", "loss_g", "d_real", "d_fake");

    @TempDir
    Path dir;

    /** Práctica 1 after a made-up run: D(G(z)) falls to 0.1, then rises to 0.5; the question answered wrongly. */
    private static HandIn handIn(Locale language, String student, boolean finished) throws IOException {
        ExerciseProgress progress = new ExerciseProgress(BuiltInExercises.find("vanilla-gan-digits"));
        progress.restarted(NAMES);
        List<MetricPoint> points = new ArrayList<>();
        for (int step = 1; step <= 300; step++) {
            double fake = step <= 100 ? 0.5 - 0.004 * step : Math.min(0.5, 0.1 + 0.004 * (step - 100));
            MetricPoint point = new MetricPoint(step, new double[] {1.2, 0.8 + step / 300.0, 0.9, fake});
            points.add(point);
            if (finished) {
                progress.accept(step, point.values());
            }
        }
        if (finished) {
            progress.answer(2, "2");
            progress.moveOn();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("seed", "1");
        settings.put("lr", "0.0005");
        return new HandIn(progress, language, student, ZonedDateTime.of(2026, 12, 3, 10, 30, 0, 0, ZoneOffset.UTC),
                Duration.ofSeconds(754), "gan", "digits", settings, 300, new RecordedMetrics(NAMES, points), png(48, 32),
                "practica1.genrun");
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 5) << 16 | (y * 7) << 8 | 90);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theReportSaysWhoWhatWhereAndHowTheChecksWent() throws IOException {
        String html = HandInReport.html(handIn(Locale.ENGLISH, "Ana <b>O'Neil</b>", true));
        assertTrue(html.contains("Ana &lt;b&gt;O&#39;Neil&lt;/b&gt;"), "the name is text, never markup");
        assertFalse(html.contains("<b>O'Neil"));
        assertTrue(html.contains("12 min 34 s"), "time in the exercise");
        assertTrue(html.contains("Every step done."));
        assertTrue(html.contains("passed at training step 94"), "D(G(z)) at most 0.2 from step 75, 20 steps in a row");
        assertTrue(html.contains("not the expected answer"), "choice 2 is not choice 0");
        assertTrue(html.contains("Half of the samples are recognisable digits"), "the chosen answer is shown");
        assertTrue(html.contains("<th>lr</th><td>0.0005</td>"));
        assertTrue(html.contains("practica1.genrun"));
        assertEquals(2, count(html, "<svg"), "losses, then D(G(z)) once for both of its checks");
        assertEquals(2, count(html, "class=\"band\""), "each check's range shaded");
        assertFalse(html.contains("<script"), "a report runs nothing");
    }

    @Test
    void aStepNotReachedSaysSoAndTheReportSpeaksTheStudentsLanguage() throws IOException {
        String html = HandInReport.html(handIn(Locale.forLanguageTag("el"), "Νίκος", false));
        assertTrue(html.contains("<html lang=\"el\">"));
        assertTrue(html.contains("Βήμα 1 από 3"), "reached");
        assertTrue(html.contains("δεν έχει επιτευχθεί ακόμη"), "not passed, in Greek");
        assertTrue(html.contains("καμία απάντηση"), "no answer yet");
    }

    /** Loads the report in headless Chromium with a probe script added after it, and reads what the browser saw. */
    @Test
    void aRealBrowserShowsTheTextTheChartsAndTheSamples() throws Exception {
        Path chromium = Browser.find();
        assumeTrue(chromium != null, "no Chromium here (.ci/run installs Debian's chromium)");
        Path report = dir.resolve("informe práctica.html");
        HandInReport.write(handIn(Locale.forLanguageTag("es"), "Ana María", true), report);
        String probe = "<script>window.addEventListener('load',()=>{const i=document.getElementById('samples');"
                + "const lines=[...document.querySelectorAll('path.line')].filter(p=>p.getTotalLength()>100).length;"
                + "document.body.setAttribute('data-probe','img='+i.naturalWidth+'x'+i.naturalHeight+' complete='+i.complete"
                + "+' lines='+lines+' svgs='+document.querySelectorAll('svg').length"
                + "+' svgwidth='+Math.round(document.querySelector('svg').getBoundingClientRect().width));});</script>";
        Path probed = dir.resolve("probed.html");
        Files.writeString(probed, Files.readString(report).replace("</body>", probe + "</body>"), StandardCharsets.UTF_8);
        String dom = Browser.dumpDom(chromium, probed, dir.resolve("profile"));
        Matcher m = Pattern.compile("data-probe=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), "the probe ran: " + dom.substring(0, Math.min(400, dom.length())));
        String seen = m.group(1);
        assertTrue(seen.contains("img=144x96") || seen.contains("img=48x32"), "the embedded PNG decoded: " + seen);
        assertTrue(seen.contains("complete=true"), seen);
        assertTrue(seen.contains("lines=3"), "both losses and D(G(z)) drawn: " + seen);
        assertTrue(seen.contains("svgs=2"), seen);
        assertTrue(seen.contains("svgwidth=640"), seen);
        assertTrue(dom.contains("Ana María"));
        assertTrue(dom.contains("Práctica 1: GAN vainilla con MNIST"));
        assertTrue(dom.contains("superado en el paso de entrenamiento 94"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** Debian's Chromium, headless. */
    static final class Browser {

        static Path find() {
            for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
                if (Files.isExecutable(Path.of(name))) {
                    return Path.of(name);
                }
            }
            return null;
        }

        static String dumpDom(Path chromium, Path page, Path profile) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString());
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Chromium ended");
            return new String(out, StandardCharsets.UTF_8);
        }
    }
}

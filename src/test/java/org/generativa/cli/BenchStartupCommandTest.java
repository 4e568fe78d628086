package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.generativa.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchStartupCommandTest {

    @Test
    void withoutADisplayItSaysSoAndLaunchesNothing() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "DISPLAY is how Linux names a screen");
        BenchStartupCommand command = new BenchStartupCommand(name -> null);
        new CommandLine(command).parseArgs("--rounds", "1");
        InvalidInputException e = assertThrows(InvalidInputException.class, command::call);
        assertTrue(e.getMessage().startsWith("No DISPLAY is set"), e.getMessage());
        assertTrue(e.getMessage().contains("xvfb-run"), e.getMessage());
    }

    @Test
    void theAppReportsItsWindowBeforeItsEngine() throws Exception {
        CliRun r = CliRun.of("bench", "startup", "--headless", "--rounds", "1", "--timeout", "90", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode result = new ObjectMapper().readTree(r.lastOutLine());
        double window = result.get("window_shown_ms").asDouble();
        double engine = result.get("engine_ready_ms").asDouble();
        assertTrue(window > 0 && engine > window, result.toString());
        assertEquals("monocle-headless", result.get("display").asText());
        JsonNode launch = result.get("launches").get(0);
        assertTrue(launch.get("engine_ready_uptime_ms").asLong() >= launch.get("window_shown_uptime_ms").asLong());
    }
}

package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, {@code ./statcommons}, as someone at a terminal uses it: it starts the server (building
 * it first if needed), prints the set-up link once, and a stop — Ctrl+C, or the SIGTERM of a service manager — is a
 * normal stop of the server itself (graceful shutdown, exit status of the signal), not a build tool's "BUILD
 * FAILURE … exit code 143".
 */
class StartScriptIntegrationTests {

    @Test
    void theServerStartsPrintsTheSetUpLinkOnceAndStopsCleanlyOnASignal(@TempDir Path data) throws Exception {
        Path log = data.resolve("console.log");
        int port = freePort();
        ProcessBuilder start =
                new ProcessBuilder("./statcommons").redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = start.environment();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("STATCOMMONS_DATA_DIR", data.resolve("data").toString());
        env.put(
                "STATCOMMONS_DB_EMBEDDED_BINARIES_DIR",
                Path.of(System.getProperty("java.io.tmpdir"), "statcommons-test", "pg-binaries")
                        .toString());
        env.put("STATCOMMONS_DB_EMBEDDED_FSYNC", "false");
        env.put("SPRING_MAIL_HOST", "");
        Process server = start.start();
        try {
            String console = awaitOutput(log, "StatCommons is ready at", Duration.ofMinutes(5));
            assertThat(console).contains("StatCommons is ready at http://localhost:" + port + "/");
            assertThat(console.split("/setup/", -1))
                    .as("the set-up link, printed once")
                    .hasSize(2);

            // Ctrl+C sends SIGINT; where this test runs with SIGINT ignored (a background job), SIGTERM stands in
            boolean interrupt = !sigintIgnored();
            if (interrupt) {
                new ProcessBuilder("kill", "-INT", String.valueOf(server.pid()))
                        .start()
                        .waitFor();
            } else {
                server.destroy();
            }
            assertThat(server.waitFor(60, TimeUnit.SECONDS))
                    .as("stopped within a minute")
                    .isTrue();
            String stopped = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(server.exitValue())
                    .as("the signal's own status, as for any program stopped so")
                    .isEqualTo(interrupt ? 128 + 2 : 128 + 15);
            assertThat(stopped)
                    .contains("Graceful shutdown complete")
                    .doesNotContain("BUILD FAILURE", "[ERROR]", "Exception");
        } finally {
            server.destroyForcibly();
        }
    }

    private static String awaitOutput(Path log, String expected, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (text.contains(expected)) {
                return text;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No '" + expected + "' within " + limit + "; the console showed:\n"
                + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : ""));
    }

    /** Whether this process ignores SIGINT (Linux: bit 2 of SigIgn), which a child then ignores too. */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("SigIgn:"))
                .map(line -> Long.parseLong(line.substring("SigIgn:".length()).strip(), 16))
                .anyMatch(mask -> (mask & 2L) != 0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

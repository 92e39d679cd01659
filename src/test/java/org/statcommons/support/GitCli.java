package org.statcommons.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code git} command, as a person would run it: in its own temporary home (no global or system
 * configuration), never prompting (GIT_TERMINAL_PROMPT=0), credentials in the remote's URL.
 *
 * <pre>{@code
 * GitCli git = new GitCli();
 * GitCli.Result clone = git.run(git.home(), "clone", GitCli.url(port, "data-integration", email, token), "space");
 * }</pre>
 */
public final class GitCli {

    private final Path home;

    public GitCli() {
        try {
            this.home = Files.createTempDirectory("statcommons-git-home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What git printed (standard output and error together) and its exit code. */
    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    public Path home() {
        return home;
    }

    /** {@code http://email:token@localhost:port/git/slug.git}, both parts URL-encoded. */
    public static String url(int port, String slug, String email, String token) {
        return "http://" + URLEncoder.encode(email, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + "@localhost:" + port + "/git/" + slug + ".git";
    }

    /**
     * Clones {@code /git/{repository}.git} over HTTP as this person into a new temporary folder: the working copy, or
     * a failed assertion showing Git's output.
     */
    public Path cloned(int port, String repository, String email, String token) {
        try {
            Path directory = Files.createTempDirectory(home, "clone");
            Result cloned = run(directory, "clone", url(port, repository, email, token), "work");
            if (!cloned.ok()) {
                throw new AssertionError("git clone failed: " + cloned.output());
            }
            return directory.resolve("work");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs git in {@code directory} with an identity for commits. */
    public Result run(Path directory, String... arguments) {
        try {
            Process process = start(directory, arguments);
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", arguments) + " did not finish");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts git in {@code directory} and leaves it running: its output (standard and error) is the process's input stream. */
    public Process start(Path directory, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                "git",
                "-c",
                "user.name=Test Person",
                "-c",
                "user.email=test@example.org",
                "-c",
                "init.defaultBranch=main",
                "-c",
                "credential.helper="));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_ASKPASS", "");
        env.put("LC_ALL", "C");
        return builder.start();
    }

    /** Writes a file in a working copy, commits everything and pushes with these arguments: the push's result. */
    public Result commitAndPush(Path work, String file, String text, String message, String... pushArguments) {
        write(work.resolve(file), text);
        for (Result step : List.of(run(work, "add", "-A"), run(work, "commit", "-q", "-m", message))) {
            if (!step.ok()) {
                throw new IllegalStateException("git add or commit failed: " + step.output());
            }
        }
        List<String> push = new ArrayList<>(List.of("push"));
        push.addAll(List.of(pushArguments));
        return run(work, push.toArray(String[]::new));
    }

    /** Writes a file in a working copy, creating folders. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

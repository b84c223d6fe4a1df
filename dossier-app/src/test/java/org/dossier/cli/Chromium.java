package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, for rendering a dossier's {@code index.html} in tests: a screenshot
 * and the DOM after parsing. Each run gets a fresh profile directory, no network features, no GPU.
 * {@code scripts/install-chromium.sh} (run by {@code scripts/test.sh}) installs it.
 */
final class Chromium {
    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The browser on this machine, when there is one. */
    static Optional<Chromium> find() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new Chromium(p));
                }
            }
        }
        return Optional.empty();
    }

    /** Renders {@code page} to a PNG of the given size. */
    void screenshot(Path page, Path png, int width, int height, Path work) {
        run(work, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", page.toUri().toString());
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("chromium wrote no screenshot " + png);
        }
    }

    /** The page's DOM as Chromium serialises it after parsing. */
    String dumpDom(Path page, Path work) {
        return run(work, "--dump-dom", page.toUri().toString());
    }

    private String run(Path work, String... args) {
        try {
            Path profile = Files.createTempDirectory(work, "chromium-profile");
            List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
            command.addAll(List.of(args));
            Path out = Files.createTempFile(work, "chromium", ".out");
            Path err = Files.createTempFile(work, "chromium", ".err");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            // not a timing assertion: a guard so a hung browser cannot hang the build
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish in 3 minutes: " + command);
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError("chromium exited with " + p.exitValue() + ": " + command + "\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return stdout;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + binary, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

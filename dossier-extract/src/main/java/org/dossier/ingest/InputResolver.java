package org.dossier.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands command-line inputs into files: a file stands for itself, a directory for every regular
 * file below it (sorted, hidden files skipped), a glob ({@code pages/*.html}, {@code **}) for the
 * files it matches, and {@code -} for standard input. Inputs that match nothing are reported, not
 * thrown.
 */
public final class InputResolver {

    /** What the expansion found, and the arguments that named nothing. */
    public record Resolved(List<InputFile> files, List<String> missing) {
        public Resolved {
            files = List.copyOf(files);
            missing = List.copyOf(missing);
        }
    }

    public Resolved resolve(List<String> args) {
        List<InputFile> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String arg : args) {
            int before = files.size();
            if (arg.equals("-")) {
                files.add(InputFile.STDIN);
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                walk(path, p -> true, files);
            } else if (Files.exists(path)) {
                files.add(InputFile.of(path));
            } else if (isGlob(arg)) {
                expandGlob(arg, files);
            }
            if (files.size() == before) {
                missing.add(arg);
            }
        }
        return new Resolved(files, missing);
    }

    private static boolean isGlob(String arg) {
        return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0 || arg.indexOf('[') >= 0 || arg.indexOf('{') >= 0;
    }

    private static void expandGlob(String glob, List<InputFile> out) {
        // walk from the longest leading directory without glob characters, matching the paths as
        // the user wrote them (relative to that directory when the glob has no directory part)
        String normal = glob.replace('\\', '/');
        int slash = normal.lastIndexOf('/', indexOfMeta(normal));
        Path root = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : normal.substring(0, slash));
        Path walkRoot = slash < 0 ? Path.of(".") : root;
        if (!Files.isDirectory(walkRoot)) {
            return;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normal);
        // in a shell "pages/**/*.html" also takes pages/a.html; Java's "**/" needs at least one directory
        PathMatcher noDirectory = FileSystems.getDefault().getPathMatcher("glob:" + normal.replace("**/", ""));
        walk(walkRoot, p -> {
            Path q = slash < 0 ? walkRoot.relativize(p) : p;
            return matcher.matches(q) || noDirectory.matches(q);
        }, out);
    }

    private static int indexOfMeta(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static void walk(Path root, java.util.function.Predicate<Path> keep, List<InputFile> out) {
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(keep)
                    .sorted()
                    .forEach(p -> out.add(InputFile.of(p)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

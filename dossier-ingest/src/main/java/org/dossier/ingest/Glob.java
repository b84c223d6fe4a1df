package org.dossier.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.Optional;

/**
 * A glob argument ({@code pages/*.html}, {@code news/**}) as a shell expands it: the directory to
 * walk (the longest leading part without glob characters), which files match, and which
 * directories could hold a match — the others are not entered, so a glob does not report a
 * directory it could never have matched anything in.
 */
final class Glob {
    private final String pattern;
    private final Path walkRoot;
    /** Whether paths are matched relative to the walk root (a glob with no directory part). */
    private final boolean relative;
    private final PathMatcher matcher;
    // in a shell "pages/**/*.html" also takes pages/a.html; Java's "**/" needs at least one directory
    private final PathMatcher noDirectory;
    private final String[] segments;

    private Glob(String pattern, Path walkRoot, boolean relative) {
        this.pattern = pattern;
        this.walkRoot = walkRoot;
        this.relative = relative;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        this.noDirectory = FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", ""));
        this.segments = Arrays.stream(pattern.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    static boolean isGlob(String arg) {
        return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0 || arg.indexOf('[') >= 0 || arg.indexOf('{') >= 0;
    }

    /** The glob, when its leading directory exists. */
    static Optional<Glob> of(String arg) {
        String normal = arg.replace('\\', '/');
        int slash = normal.lastIndexOf('/', indexOfMeta(normal));
        Path walkRoot = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : normal.substring(0, slash));
        return Files.isDirectory(walkRoot) ? Optional.of(new Glob(normal, walkRoot, slash < 0)) : Optional.empty();
    }

    Path walkRoot() {
        return walkRoot;
    }

    boolean matches(Path file) {
        Path q = asWritten(file);
        return matcher.matches(q) || noDirectory.matches(q);
    }

    /**
     * Whether files below {@code dir} could match: always for {@code **} and braces (which may span
     * directories), else when {@code dir} matches the pattern's leading segments of its own depth.
     */
    boolean couldHold(Path dir) {
        Path q = asWritten(dir);
        if (pattern.contains("**") || pattern.contains("{") || q.toString().isEmpty()) {
            return true;
        }
        int depth = q.getNameCount();
        if (depth >= segments.length) {
            return false;
        }
        String prefix = (pattern.startsWith("/") ? "/" : "") + String.join("/", Arrays.copyOf(segments, depth));
        return FileSystems.getDefault().getPathMatcher("glob:" + prefix).matches(q);
    }

    /** The path as the user wrote it: relative to the walk root when the glob has no directory part. */
    private Path asWritten(Path p) {
        return relative ? walkRoot.relativize(p) : p;
    }

    private static int indexOfMeta(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}

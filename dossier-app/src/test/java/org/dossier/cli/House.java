package org.dossier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The house measured from the sources: each module's share of the main code (lines of its
 * {@code src/main/java}), the arrows between modules (module A imports a class of a package whose
 * main code lives in module B), and the simple class names that more than one package uses.
 * JDK only, so {@code scripts/house.sh} runs it as a single source file; {@code HouseTest} checks it.
 */
public final class House {
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.dossier\\.[\\w.]+?)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(org\\.dossier(?:\\.[a-z]\\w*)+)\\.[A-Z]");

    /** Main code lines per module. */
    final Map<String, Integer> lines = new TreeMap<>();
    /** Per module, the modules its main code imports from. */
    final Map<String, Set<String>> arrows = new TreeMap<>();
    /** Simple class name to the packages that declare one, for names declared in more than one. */
    final Map<String, Set<String>> sharedNames = new TreeMap<>();

    private House() {
    }

    /** Reads every module's main sources under {@code root}. */
    public static House of(Path root) {
        House h = new House();
        Map<String, String> moduleOf = new HashMap<>();
        Map<String, List<Path>> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root, 12)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = root.relativize(f);
                int main = indexOf(rel, "main");
                if (main < 2 || !rel.getName(main - 1).toString().equals("src") || rel.toString().contains("target")
                        || !rel.getName(main + 1).toString().equals("java")) {
                    continue;
                }
                String module = rel.subpath(0, main - 1).toString();
                files.computeIfAbsent(module, k -> new ArrayList<>()).add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        Map<String, Set<String>> namesIn = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (var e : files.entrySet()) {
            int n = 0;
            for (Path f : e.getValue()) {
                String src = read(f);
                sources.put(f.toString(), src);
                n += (int) src.lines().count();
                Matcher p = PACKAGE.matcher(src);
                if (p.find()) {
                    moduleOf.putIfAbsent(p.group(1), e.getKey());
                    String name = f.getFileName().toString().replace(".java", "");
                    if (!name.equals("package-info")) {
                        namesIn.computeIfAbsent(name, k -> new TreeSet<>()).add(p.group(1));
                    }
                }
            }
            h.lines.put(e.getKey(), n);
        }
        for (var e : files.entrySet()) {
            Set<String> to = new TreeSet<>();
            for (Path f : e.getValue()) {
                String src = sources.get(f.toString());
                for (Pattern pattern : List.of(IMPORT, QUALIFIED)) {
                    Matcher m = pattern.matcher(src);
                    while (m.find()) {
                        String target = moduleOf.get(m.group(1));
                        if (target != null && !target.equals(e.getKey())) {
                            to.add(target);
                        }
                    }
                }
            }
            h.arrows.put(e.getKey(), to);
        }
        namesIn.forEach((name, packages) -> {
            if (packages.size() > 1) {
                h.sharedNames.put(name, packages);
            }
        });
        return h;
    }

    int total() {
        return lines.values().stream().mapToInt(Integer::intValue).sum();
    }

    double share(String module) {
        return (double) lines.get(module) / total();
    }

    /** Modules on a cycle of arrows, if any. */
    Set<String> onCycles() {
        Set<String> out = new TreeSet<>();
        for (String start : arrows.keySet()) {
            if (reaches(start, start, new TreeSet<>())) {
                out.add(start);
            }
        }
        return out;
    }

    private boolean reaches(String from, String target, Set<String> seen) {
        for (String next : arrows.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    /** The table docs/ARCHITECTURE.md shows. */
    String table() {
        StringBuilder s = new StringBuilder("| module | main lines | share | imports from |\n|---|---:|---:|---|\n");
        for (String m : lines.keySet()) {
            s.append(String.format(Locale.ROOT, "| %s | %,d | %.1f%% | %s |%n", m, lines.get(m), 100 * share(m),
                    String.join(", ", arrows.get(m))));
        }
        s.append(String.format(Locale.ROOT, "| all | %,d | 100%% | |%n", total()));
        return s.toString();
    }

    private static int indexOf(Path p, String name) {
        for (int i = 0; i < p.getNameCount(); i++) {
            if (p.getName(i).toString().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    /** Prints the table, the shared names and any cycle for the repository at {@code args[0]} (default: here). */
    public static void main(String[] args) {
        House h = of(Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize());
        System.out.print(h.table());
        System.out.println();
        System.out.println("class names declared in more than one package: " + (h.sharedNames.isEmpty() ? "none" : h.sharedNames));
        System.out.println("modules on a cycle: " + (h.onCycles().isEmpty() ? "none" : h.onCycles()));
    }
}

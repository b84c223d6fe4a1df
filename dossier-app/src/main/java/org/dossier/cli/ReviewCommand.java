package org.dossier.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.store.Correction;
import org.dossier.store.Store;
import org.dossier.store.StoredArticle;
import org.dossier.store.Stores;
import org.dossier.store.review.ReviewLog;
import org.dossier.store.review.ReviewRequests;
import org.dossier.store.review.Reviewed;
import org.dossier.store.review.ReviewedStory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier review ...}: what the web UI's review controls and the review API do, from the
 * command line: show a story's ids, correct, list the log, undo. Corrections are kept in the store
 * (docs/REVIEW.md) and applied to whatever it holds, after any later run too.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Reviews a store: corrects quotes' speakers, merges and splits entities, gives claims a verdict,"
                + " hides and moves articles, lists and undoes corrections (see docs/REVIEW.md)."},
        subcommands = {ReviewCommand.Show.class, ReviewCommand.Log.class, ReviewCommand.Speaker.class,
                ReviewCommand.Merge.class, ReviewCommand.Split.class, ReviewCommand.Verdict.class, ReviewCommand.Hide.class,
                ReviewCommand.Move.class, ReviewCommand.Undo.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (a repeated correction changes nothing and says so)",
                "2:usage error, or an id the store does not hold", "3:the store cannot be read or written"})
final class ReviewCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options every correction takes. */
    static final class Who {
        @Option(names = "--store", required = true, paramLabel = "DIR|URI", description = "The store to review.")
        String store;

        @Option(names = "--by", paramLabel = "NAME", description = "Who makes the correction (default: the user name).")
        String by = System.getProperty("user.name", "cli");

        @Option(names = "--note", paramLabel = "TEXT", description = "Why, in a few words.")
        String note = "";
    }

    /** Checks a request against the store, then records it (unless the log already makes that change). */
    static int record(Who who, PrintWriter out, Function<ReviewRequests, Correction> request) {
        try (Store s = Stores.open(who.store, Store.Access.READ_WRITE)) {
            Correction asked;
            try {
                asked = request.apply(new ReviewRequests(Reviewed.of(s), who.by, who.note, Instant.now()));
            } catch (ReviewRequests.Refused e) {
                throw new UsageException(e.getMessage());
            }
            ReviewLog.Recorded r = ReviewLog.record(s, asked);
            out.println((r.created() ? "recorded " : "already in effect: ") + line(r.correction()));
            return DossierCli.OK;
        }
    }

    static String line(Correction c) {
        return c.id() + "  " + c.at() + "  " + c.by() + ": " + c.kind().label() + " " + c.target()
                + (c.value().isEmpty() ? "" : " -> " + c.value()) + (c.note().isEmpty() ? "" : " (" + c.note() + ")");
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A story as reviewed, with the ids the"
            + " corrections take: sources and their citation numbers, claims, quotes, entities.")
    static final class Show implements Callable<Integer> {
        @Option(names = "--store", required = true, paramLabel = "DIR|URI", description = "The store.")
        String store;

        @Parameters(paramLabel = "STORY", description = "The story's id.")
        String story;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = Stores.open(store, Store.Access.READ_ONLY)) {
                ReviewedStory r = Reviewed.of(s).story(story).orElseThrow(() -> new UsageException("no story with id " + story));
                var d = r.dossier();
                out.println("story " + d.story().id() + ": " + d.story().title());
                out.println("\nsources");
                for (StoredArticle a : d.articles()) {
                    var m = a.analysed().article().metadata();
                    out.println("  [" + r.number(a.id()) + "] " + a.id() + "  " + m.outlet().orElse("-") + " — "
                            + m.title().orElse(a.analysed().article().source()));
                }
                out.println("\nclaims");
                for (Claim c : d.claims()) {
                    out.println("  " + Reviewed.claimId(c) + "  (" + c.corroboration() + ")"
                            + r.verdict(c).map(v -> " [" + v.value() + "]").orElse("") + " " + c.text());
                }
                out.println("\nquotes");
                for (StoredArticle a : d.articles()) {
                    for (Quote q : a.analysed().quotes()) {
                        String text = q.text(a.analysed().body());
                        out.println("  " + a.id() + " " + q.id(a.id()) + "  " + q.speaker().map(sp -> sp.name()
                                + sp.entity().map(e -> " (" + e + ")").orElse("")).orElse("(no speaker)") + ": "
                                + (text.length() > 80 ? text.substring(0, 80) + "…" : text));
                    }
                }
                out.println("\nentities");
                for (Entity e : d.entities()) {
                    out.println("  " + e.id() + "  " + e.type() + " " + e.name() + " (" + e.mentions().size() + ")");
                }
                out.flush();
                return DossierCli.OK;
            }
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true, description = "The review log, oldest first.")
    static final class Log implements Callable<Integer> {
        @Option(names = "--store", required = true, paramLabel = "DIR|URI", description = "The store.")
        String store;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = Stores.open(store, Store.Access.READ_ONLY)) {
                ReviewLog log = new ReviewLog(s.corrections());
                Set<String> undone = log.undone();
                Set<String> effective = Set.copyOf(log.effective().stream().map(Correction::id).toList());
                for (Correction c : log.entries()) {
                    String state = c.kind() == Correction.Kind.UNDO ? "" : undone.contains(c.id()) ? "  [undone]"
                            : effective.contains(c.id()) ? "" : "  [replaced]";
                    out.println(line(c) + state);
                }
                out.flush();
                return DossierCli.OK;
            }
        }
    }

    /** A subcommand that makes one correction. */
    abstract static class Correcting implements Callable<Integer> {
        @Mixin
        Who who = new Who();
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        /** The correction asked for, checked against the store. */
        abstract Correction request(ReviewRequests r);

        @Override
        public Integer call() {
            return record(who, spec.commandLine().getOut(), this::request);
        }
    }

    @Command(name = "speaker", mixinStandardHelpOptions = true, description = "Sets (or, with --remove, clears) a"
            + " quote's speaker.")
    static final class Speaker extends Correcting {
        @Option(names = "--article", required = true, paramLabel = "ID", description = "The quote's article.")
        String article;
        @Option(names = "--quote", required = true, paramLabel = "ID", description = "The quote.")
        String quote;
        @Option(names = "--speaker", paramLabel = "ID|NAME", description = "An entity id, or a name.")
        String speaker;
        @Option(names = "--remove", description = "The speaker is unknown.")
        boolean remove;

        @Override
        Correction request(ReviewRequests r) {
            if ((speaker == null) == !remove) {
                throw new UsageException("give either --speaker or --remove");
            }
            return r.speaker(article, quote, Optional.ofNullable(speaker));
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merges an entity into another.")
    static final class Merge extends Correcting {
        @Parameters(paramLabel = "ENTITY", description = "The entity merged away.")
        String entity;
        @Option(names = "--into", required = true, paramLabel = "ID", description = "The entity that keeps its id.")
        String into;

        @Override
        Correction request(ReviewRequests r) {
            return r.merge(entity, into);
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true, description = "Splits the mentions of one name off an"
            + " entity.")
    static final class Split extends Correcting {
        @Parameters(paramLabel = "ENTITY", description = "The entity.")
        String entity;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name whose mentions go.")
        String name;

        @Override
        Correction request(ReviewRequests r) {
            return r.split(entity, name);
        }
    }

    @Command(name = "verdict", mixinStandardHelpOptions = true, description = "Marks a claim supported, disputed or"
            + " unsupported.")
    static final class Verdict extends Correcting {
        @Option(names = "--story", required = true, paramLabel = "ID", description = "The claim's story.")
        String story;
        @Option(names = "--claim", required = true, paramLabel = "ID", description = "The claim ('review show' lists them).")
        String claim;
        @Option(names = "--verdict", required = true, paramLabel = "V", description = "supported, disputed or unsupported.")
        String verdict;

        @Override
        Correction request(ReviewRequests r) {
            return r.verdict(story, claim, verdict);
        }
    }

    @Command(name = "hide", mixinStandardHelpOptions = true, description = "Hides an article from a story.")
    static final class Hide extends Correcting {
        @Option(names = "--story", required = true, paramLabel = "ID", description = "The story.")
        String story;
        @Option(names = "--article", required = true, paramLabel = "ID", description = "The article.")
        String article;

        @Override
        Correction request(ReviewRequests r) {
            return r.hide(story, article);
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Moves an article to another story.")
    static final class Move extends Correcting {
        @Option(names = "--story", required = true, paramLabel = "ID", description = "The story it is in.")
        String story;
        @Option(names = "--article", required = true, paramLabel = "ID", description = "The article.")
        String article;
        @Option(names = "--to", required = true, paramLabel = "ID", description = "The story it belongs to.")
        String to;

        @Override
        Correction request(ReviewRequests r) {
            return r.move(story, article, to);
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Takes a correction back.")
    static final class Undo extends Correcting {
        @Parameters(paramLabel = "CORRECTION", description = "The correction's id ('review log' lists them).")
        String id;

        @Override
        Correction request(ReviewRequests r) {
            return r.undo(id);
        }
    }
}

package org.dossier.story.claims;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs of opposite accounts of one event, each pole a short list of markers: the same departure
 * told as chosen or as forced, the same claim confirmed or denied. Two statements about one thing
 * whose words take opposite poles of one axis give incompatible accounts.
 */
final class Contrasts {
    /** An axis of contrast and its two sides. */
    enum Axis {
        AGENCY("chosen freely", "forced"),
        CONFIRMATION("confirmed", "denied"),
        VIOLENCE("peaceful", "violent"),
        INTENT("accidental", "deliberate"),
        LEGALITY("lawful", "unlawful"),
        OUTCOME("success", "failure"),
        PARTIES("decided together", "decided by one side alone");

        final String yes;
        final String no;

        Axis(String yes, String no) {
            this.yes = yes;
            this.no = no;
        }
    }

    /** One side of an axis, with the words that mark it. */
    enum Pole {
        VOLUNTARY(Axis.AGENCY, "voluntarily|voluntary|willingly|of (?:their|his|her|its) own (?:free )?(?:will|accord)|by choice|chose to (?:leave|go|depart)|freely chose"),
        COERCED(Axis.AGENCY, "by force|forced|forcibly|forcing|expelled|expulsion|driven out|drove out|deported|deportation|under duress|coerced|at gunpoint|ethnic cleansing|displaced by"),
        CONFIRMED(Axis.CONFIRMATION, "confirmed|confirms|acknowledged|admitted|verified"),
        DENIED(Axis.CONFIRMATION, "denied|denies|rejected claims|refuted|dismissed reports"),
        PEACEFUL(Axis.VIOLENCE, "peacefully|without a shot|without bloodshed|without violence"),
        VIOLENT(Axis.VIOLENCE, "violently|bloodshed|by force|by military force"),
        ACCIDENTAL(Axis.INTENT, "accidental|accidentally|by mistake|unintended|inadvertent"),
        DELIBERATE(Axis.INTENT, "deliberate|deliberately|intentional|intentionally|on purpose|premeditated"),
        LAWFUL(Axis.LEGALITY, "legal|lawful|legally|lawfully|legitimate"),
        UNLAWFUL(Axis.LEGALITY, "illegal|unlawful|illegally|unlawfully|illegitimate"),
        SUCCEEDED(Axis.OUTCOME, "succeeded|successful|successfully"),
        FAILED(Axis.OUTCOME, "failed|failure|unsuccessful"),
        JOINT(Axis.PARTIES, "jointly|by mutual (?:agreement|consent)|mutually agreed|(?:leaders|leadership|governments|presidents) of both|"
                + "both (?:countries|sides|leaders|governments|nations|parties) (?:agreed|decided|had agreed|had decided)|agreed between the two"),
        SOLE(Axis.PARTIES, "alone|unilateral|unilaterally|single-handedly|on (?:its|his|her|their) own initiative|without consulting");

        final Axis axis;
        final Pattern pattern;

        Pole(Axis axis, String markers) {
            this.axis = axis;
            this.pattern = Pattern.compile("\\b(?:" + markers + ")\\b");
        }

        /** The side's name for people ("forced"). */
        String label() {
            for (Pole p : values()) {
                if (p.axis == axis) {
                    return p == this ? axis.yes : axis.no;
                }
            }
            throw new IllegalStateException("unreachable");
        }

        Pole opposite() {
            for (Pole p : values()) {
                if (p.axis == axis && p != this) {
                    return p;
                }
            }
            throw new IllegalStateException("axis without two poles: " + axis);
        }
    }

    private Contrasts() {
    }

    /** The poles {@code text} takes. */
    static Set<Pole> poles(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<Pole> out = EnumSet.noneOf(Pole.class);
        for (Pole p : Pole.values()) {
            if (p.pattern.matcher(lower).find()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The marker of {@code pole} in {@code text}, for a reason people can read. */
    static String marker(Pole pole, String text) {
        Matcher m = pole.pattern.matcher(text.toLowerCase(Locale.ROOT));
        return m.find() ? m.group() : pole.name().toLowerCase(Locale.ROOT);
    }

    /** The first pole of {@code a} whose opposite {@code b} takes while neither takes both. */
    static java.util.Optional<Pole> opposed(Set<Pole> a, Set<Pole> b) {
        for (Pole p : List.of(Pole.values())) {
            Pole o = p.opposite();
            if (a.contains(p) && b.contains(o) && !a.contains(o) && !b.contains(p)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}

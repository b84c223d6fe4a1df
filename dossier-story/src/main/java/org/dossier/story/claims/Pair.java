package org.dossier.story.claims;

import java.util.Optional;

/**
 * Two statements of different articles that share enough to be compared, scored.
 *
 * @param a        one statement's index
 * @param b        the other's
 * @param score    similarity plus the keys' bonus
 * @param keyed    whether they share an entity, a date or a number
 * @param valued   whether they share a date or a number few other statements of the story give
 * @param conflict why {@code b} contradicts {@code a}, when it does
 */
record Pair(int a, int b, double score, boolean keyed, boolean valued, Optional<String> conflict) {
}

package org.dossier.model;

/**
 * Why a {@link Reuse} names its {@code a} side as the earlier one.
 * <ul>
 *   <li>{@link #PUBLISHED}: both articles have publication times and {@code a}'s is earlier;</li>
 *   <li>{@link #CONTENT}: times are missing or equal, and {@code b} holds {@code a}'s shared text plus
 *       less of its own, the way a rewrite trims and extends its source;</li>
 *   <li>{@link #UNKNOWN}: nothing tells; {@code a} is the one with the smaller id.</li>
 * </ul>
 */
public enum Direction {
    PUBLISHED, CONTENT, UNKNOWN
}

package org.dossier.model;

/**
 * The kinds of named entity Dossier tracks. The names are the contract's {@code type} values.
 */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE,
    /** Named things that are none of the above (events, nationalities, works); kept in mentions, not written as entities. */
    MISC
}

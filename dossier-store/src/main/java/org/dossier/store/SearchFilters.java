package org.dossier.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a search (or a quote search) is restricted to. Values within one field are alternatives;
 * fields combine with AND; an empty field does not restrict.
 *
 * @param outlets       outlet names, exact
 * @param people        person entities, by id or canonical name (case-insensitive)
 * @param organizations organisation entities, by id or canonical name (case-insensitive)
 * @param places        place entities, by id or canonical name (case-insensitive)
 * @param stories       story ids
 * @param languages     ISO 639-1 codes
 * @param from          first publication day, inclusive; articles without a date never match a date bound
 * @param to            last publication day, inclusive
 */
public record SearchFilters(Set<String> outlets, Set<String> people, Set<String> organizations, Set<String> places,
                            Set<String> stories, Set<String> languages, Optional<LocalDate> from,
                            Optional<LocalDate> to) {

    public static final SearchFilters NONE = new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Optional.empty(), Optional.empty());

    public SearchFilters {
        outlets = Set.copyOf(outlets);
        people = Set.copyOf(people);
        organizations = Set.copyOf(organizations);
        places = Set.copyOf(places);
        stories = Set.copyOf(stories);
        languages = Set.copyOf(languages);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("date range ends (" + to.get() + ") before it starts (" + from.get() + ")");
        }
    }

    /** True when nothing is restricted. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    public SearchFilters withOutlets(Set<String> v) {
        return new SearchFilters(v, people, organizations, places, stories, languages, from, to);
    }

    public SearchFilters withPeople(Set<String> v) {
        return new SearchFilters(outlets, v, organizations, places, stories, languages, from, to);
    }

    public SearchFilters withOrganizations(Set<String> v) {
        return new SearchFilters(outlets, people, v, places, stories, languages, from, to);
    }

    public SearchFilters withPlaces(Set<String> v) {
        return new SearchFilters(outlets, people, organizations, v, stories, languages, from, to);
    }

    public SearchFilters withStories(Set<String> v) {
        return new SearchFilters(outlets, people, organizations, places, v, languages, from, to);
    }

    public SearchFilters withLanguages(Set<String> v) {
        return new SearchFilters(outlets, people, organizations, places, stories, v, from, to);
    }

    public SearchFilters withDates(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new SearchFilters(outlets, people, organizations, places, stories, languages, first, last);
    }
}

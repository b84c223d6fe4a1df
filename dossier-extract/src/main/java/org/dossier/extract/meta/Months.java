package org.dossier.extract.meta;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Month names and their common abbreviations in the languages news pages are most often written in,
 * so that datelines parse without a locale setting. Lookup is case-insensitive.
 */
final class Months {
    // One row per month: English, French, German, Spanish, Italian, Portuguese, Dutch, Russian
    // (nominative and genitive stems), Indonesian, Turkish, Polish. Abbreviations come from
    // prefixes below, so only full names are listed here.
    private static final String[][] NAMES = {
            {"january", "janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari", "январь", "января", "ocak", "stycznia"},
            {"february", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "февраль", "февраля", "şubat", "lutego", "pebruari"},
            {"march", "mars", "märz", "marzo", "março", "maart", "maret", "март", "марта", "mart", "marca"},
            {"april", "avril", "abril", "aprile", "апрель", "апреля", "nisan", "kwietnia"},
            {"may", "mai", "mayo", "maggio", "maio", "mei", "май", "мая", "mayıs", "maja"},
            {"june", "juin", "juni", "junio", "giugno", "junho", "июнь", "июня", "haziran", "czerwca"},
            {"july", "juillet", "juli", "julio", "luglio", "julho", "июль", "июля", "temmuz", "lipca"},
            {"august", "août", "aout", "agosto", "augustus", "agustus", "август", "августа", "ağustos", "sierpnia"},
            {"september", "septembre", "septiembre", "settembre", "setembro", "сентябрь", "сентября", "eylül", "września"},
            {"october", "octobre", "oktober", "octubre", "ottobre", "outubro", "октябрь", "октября", "ekim", "października"},
            {"november", "novembre", "noviembre", "novembro", "ноябрь", "ноября", "kasım", "listopada"},
            {"december", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "desember", "декабрь", "декабря", "aralık", "grudnia"},
    };
    private static final Map<String, Integer> BY_NAME = build();

    /** A regex alternation of every name, longest first so that "June" wins over "Jun". */
    static final String ALTERNATION = BY_NAME.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(java.util.regex.Pattern::quote)
            .collect(Collectors.joining("|"));

    private Months() {
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            for (String name : NAMES[i]) {
                m.put(name, i + 1);
                // three- and four-letter abbreviations ("Nov", "Sept"), unless they clash with another month
                for (int len = 3; len <= 4 && len < name.length(); len++) {
                    String abbr = name.substring(0, len);
                    Integer old = m.putIfAbsent(abbr, i + 1);
                    if (old != null && old != i + 1) {
                        m.put(abbr, -1);
                    }
                }
            }
        }
        m.values().removeIf(v -> v < 0);
        return Map.copyOf(m);
    }

    /** The month number 1-12 of a name or abbreviation, ignoring case and a trailing period. */
    static Optional<Integer> number(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return Optional.ofNullable(BY_NAME.get(key));
    }
}

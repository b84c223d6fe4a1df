package org.dossier.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Country and capital names that the same place goes by in English news: endonyms and exonyms,
 * old and new official names, common short forms. General world knowledge, kept small; names of
 * the same place not listed here are joined by the rules in {@link EntityResolver}.
 */
final class PlaceAliases {
    private static final List<List<String>> GROUPS = List.of(
            List.of("Türkiye", "Turkey", "Turkiye", "Republic of Türkiye", "Republic of Turkey"),
            List.of("United States", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America"),
            List.of("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
            List.of("Russia", "Russian Federation"),
            List.of("Czechia", "Czech Republic"),
            List.of("Myanmar", "Burma"),
            List.of("Côte d'Ivoire", "Ivory Coast"),
            List.of("Eswatini", "Swaziland"),
            List.of("Cabo Verde", "Cape Verde"),
            List.of("Timor-Leste", "East Timor"),
            List.of("North Macedonia", "Macedonia"),
            List.of("Netherlands", "Holland"),
            List.of("Belarus", "Byelorussia", "Belorussia"),
            List.of("Moldova", "Moldavia"),
            List.of("Kyrgyzstan", "Kirghizia"),
            List.of("Iran", "Persia", "Islamic Republic of Iran"),
            List.of("South Korea", "Republic of Korea"),
            List.of("North Korea", "DPRK"),
            List.of("China", "PRC", "People's Republic of China"),
            List.of("United Arab Emirates", "UAE"),
            List.of("Democratic Republic of the Congo", "DR Congo", "DRC"),
            List.of("Vatican", "Holy See", "Vatican City"),
            List.of("Sri Lanka", "Ceylon"),
            List.of("Azerbaijan", "Republic of Azerbaijan"),
            List.of("Armenia", "Republic of Armenia"),
            List.of("Georgia", "Sakartvelo"),
            List.of("Kyiv", "Kiev"),
            List.of("Kharkiv", "Kharkov"),
            List.of("Odesa", "Odessa"),
            List.of("Chisinau", "Kishinev"),
            List.of("Beijing", "Peking"),
            List.of("Mumbai", "Bombay"),
            List.of("Chennai", "Madras"),
            List.of("Kolkata", "Calcutta"),
            List.of("Yangon", "Rangoon"),
            List.of("Almaty", "Alma-Ata"),
            List.of("Astana", "Nur-Sultan"),
            List.of("Ho Chi Minh City", "Saigon"));
    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        for (List<String> group : GROUPS) {
            for (String name : group) {
                CANONICAL.put(NameFolding.fold(name), NameFolding.fold(group.getFirst()));
            }
        }
    }

    private PlaceAliases() {
    }

    /** The folded key of the group {@code folded} belongs to, when it is a listed place name. */
    static Optional<String> canonical(String folded) {
        return Optional.ofNullable(CANONICAL.get(folded));
    }
}

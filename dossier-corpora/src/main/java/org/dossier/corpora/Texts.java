package org.dossier.corpora;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Ids;
import org.dossier.model.Paragraph;
import org.dossier.model.Timestamp;

/** Self-written news texts and a builder of articles from them, for unit tests. */
public final class Texts {
    public static final String FLOOD = """
            Heavy rain pushed the Tamega river over its banks in the town of Amarante on Sunday night, \
            flooding the old market square and forcing more than two hundred residents from their homes. \
            Firefighters used boats to reach families trapped on upper floors near the stone bridge.

            The regional civil protection office said the water rose almost three metres in six hours, \
            the fastest rise recorded since the dam upstream was completed. Schools in the valley will stay \
            closed on Monday while engineers inspect the bridge and the embankment.

            Mayor Lucia Ferraz told reporters that the town had asked the government in Lisbon for emergency \
            funds to repair roads and to house displaced families in the municipal sports hall. Portugal has \
            seen three severe floods in the north this autumn.""";

    /** The same event told in other words. */
    public static final String FLOOD_PARAPHRASE = """
            Residents of Amarante were evacuated after torrential downpours caused the Tamega to burst its banks \
            late on Sunday, leaving the historic market square under water. Rescue crews in boats picked up \
            people stranded on the top floors of buildings close to the old bridge.

            According to civil protection officials, the river climbed nearly three metres within six hours, a \
            faster surge than any measured since the upstream dam was built. Classes across the valley are \
            cancelled for Monday as engineers check the bridge and the flood wall.

            Speaking to journalists, mayor Lucia Ferraz said Amarante had requested emergency money from Lisbon \
            to fix damaged roads and to shelter evacuated households in the town's sports hall.""";

    /** The same text reworded sentence by sentence: few runs of eight shared words, the same meaning. */
    public static final String FLOOD_REWORDED = """
            On Sunday night heavy rain sent the Tamega river over its banks in Amarante, flooding the old market \
            square and driving more than two hundred residents out of their homes. Firefighters in boats reached \
            families stuck on the upper floors close to the stone bridge.

            The water climbed almost three metres in six hours, the regional civil protection office said, the \
            fastest rise on record since the upstream dam was finished. Valley schools stay shut on Monday as \
            engineers check the bridge and the embankment.

            Mayor Lucia Ferraz said Amarante has requested emergency money from the Lisbon government to fix roads \
            and to shelter displaced families in the municipal sports hall. This autumn the north of Portugal has \
            had three severe floods.""";

    /** Unrelated news that shares the country name. */
    public static final String FOOTBALL = """
            Portugal beat Iceland three goals to one in Porto on Saturday to secure first place in their \
            qualifying group, with two headers from the centre back and a late penalty from the captain.

            The coach praised the defence after a difficult first half in which the visitors hit the post twice \
            and forced the goalkeeper into a string of saves. Portugal now wait for the draw in December.""";

    private Texts() {
    }

    public static Article article(String name, String text) {
        return article(name, text, Optional.empty());
    }

    public static Article article(String name, String text, String published) {
        return article(name, text, Optional.of(Timestamp.of(OffsetDateTime.parse(published))));
    }

    public static Article article(String name, String text, Optional<Timestamp> published) {
        List<Paragraph> paragraphs = Arrays.stream(text.strip().split("\n\\s*\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).map(Paragraph::new).toList();
        return Article.of(Ids.of(name), name, ArticleMetadata.EMPTY.withPublished(published), paragraphs, List.of());
    }
}

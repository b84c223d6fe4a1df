package org.dossier.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Page contents that tests generate rather than commit: other charsets, images, many variants. */
final class Pages {
    /**
     * A Russian report on the example corpus's fictional grounding, as a raw text scrape: title,
     * rubric and date, byline, body, and a link list. Long enough for charset detection to be sure.
     */
    static final String RUSSIAN = """
            Контейнеровоз «Соррел Доун» сел на мель у входа в гавань Марровика
            ПРОИСШЕСТВИЯ  3 марта 2026 - 14:10
            Нина Орсолан

            Во вторник утром контейнеровоз «Соррел Доун» сел на мель у входа в гавань Марровика, и из пробоины в корпусе в море вытекает мазут, сообщило управление порта.

            Все двадцать один член экипажа были сняты с судна вертолётами береговой охраны ещё до рассвета, никто из них не пострадал, рассказала журналистам представитель управления порта Марит Эльвстранд.

            «Корпус пробит в двух местах, и мы видим мазут на воде с морской стороны отмели», — сказала Эльвстранд. По её словам, к середине дня в море попало около сорока тонн тяжёлого топлива.

            Читайте также
            Паромы выходят на весеннее расписание
            2 марта 2026 - 18:40
            """;

    /** Words of {@link #RUSSIAN}'s body that only a right decoding gives back. */
    static final String RUSSIAN_BODY_WORDS = "контейнеровоз «Соррел Доун» сел на мель у входа в гавань Марровика";

    private Pages() {
    }

    /** A real PNG image, encoded by the JDK. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x2060a0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }

    /**
     * The {@code n}th of many small article scrapes: a headline, a dateline, a byline and three
     * paragraphs, different in every page so every page gets its own id.
     */
    static String smallArticle(int n) {
        return String.format(Locale.ROOT, """
                Harbour notice %1$d: dredging of berth %1$d begins next week
                Contractors will work at night to keep the quays open

                LOCAL  %2$d March 2026 - 09:%3$02d

                Staff reporter

                Dredging of berth %1$d in the inner harbour will begin next week and last about %4$d days, the harbour office said on Monday, adding that ships would be moved to the outer quays while the work goes on.

                The contractors will work mostly at night, when fewer vessels use the channel, and the office said that the noise should not reach the houses along the waterfront beyond the first few nights of the job.

                Fishermen who use the berth were told in a letter that they could moor at the old ferry pier free of charge until the work is finished, and that the office would publish the new depth soundings when it is done.

                Read also
                Ferry timetable changes for the spring season
                2 March 2026 - 18:40
                """, n, 1 + n % 28, n % 60, 3 + n % 11);
    }
}

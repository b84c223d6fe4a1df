package org.dossier.extract.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.dossier.model.Timestamp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-11-19T12:32:00+00:00        | 2019-11-19T12:32Z",
        "2019-11-19T12:32:05.123Z         | 2019-11-19T12:32:05Z",
        "2019-11-19T07:03:25-0500         | 2019-11-19T07:03:25-05:00",
        "2019-11-19 12:32:00              | 2019-11-19T12:32",
        "2019-11-19                       | 2019-11-19",
        "2019/11/19                       | 2019-11-19",
        "Tue, 19 Nov 2019 12:32:00 GMT    | 2019-11-19T12:32Z",
        "November 19, 2019 3:05 PM EST    | 2019-11-19T15:05-05:00",
    })
    void machineReadableValuesKeepTheirPrecision(String text, String iso) {
        assertEquals(Optional.of(iso), DateText.parseValue(text).map(Timestamp::iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Published Nov. 19, 2019 at 3:05 p.m. ET             | 2019-11-19T15:05",
        "Updated: 19th November 2019, 14:20 GMT              | 2019-11-19T14:20Z",
        "Posted on Sunday, 14 April 2019 by Martha            | 2019-04-14",
        "By Jane Doe · January 2, 2020                       | 2020-01-02",
        "Monday 18 November 2019 10.45 UTC+1                  | 2019-11-18T10:45+01:00",
    })
    void datelinesInRunningTextAreFound(String text, String iso) {
        assertEquals(Optional.of(iso), DateText.find(text).map(Timestamp::iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "11/12/2019",
        "February 30, 2019",
        "1066-10-14",
        "no date here at all",
        "2019-13-45",
    })
    void ambiguousOrImpossibleDatesAreNotRead(String text) {
        assertEquals(Optional.empty(), DateText.parseValue(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://news.example/2019/11/19/story-slug       | 2019-11-19",
        "https://news.example/story/2019-11-19-slug.html  | 2019-11-19",
        "https://news.example/2019/11/story-slug          | ",
        "https://news.example/article/20191119123456      | ",
    })
    void urlsGiveADateOnlyWhenTheirPathSpellsOneOut(String url, String iso) {
        assertEquals(Optional.ofNullable(iso), DateText.fromUrl(url).map(Timestamp::iso));
    }
}

package org.dossier.extract.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void objectsArraysStringsAndNumbersAreRead() {
        Object v = Json.parse("{\"a\": [1, \"two\", {\"b\": true}], \"c\": null, \"d\": \"\\u00e9\\n\"}").orElseThrow();
        assertEquals(Map.of("a", List.of(1.0, "two", Map.of("b", true)), "d", "é\n"),
                ((Map<?, ?>) v).entrySet().stream().filter(e -> e.getValue() != null)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void trailingCommasAndHtmlCommentsAreForgiven() {
        assertEquals(Optional.of(Map.of("a", List.of(1.0))), Json.parse("<!-- {\"a\": [1,],} -->"));
    }

    @Test
    void brokenJsonIsEmptyNotAnException() {
        assertEquals(Optional.empty(), Json.parse("{\"a\": "));
        assertEquals(Optional.empty(), Json.parse("{\"a\": \"\\uZZZZ\"}"));
        assertEquals(Optional.empty(), Json.parse("var x = {};"));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedWithoutExhaustingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertTrue(Json.parse(deep).isEmpty());
    }
}

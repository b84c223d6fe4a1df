package org.dossier.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.Claim;
import org.dossier.model.SourceSpan;
import org.dossier.story.claims.ClaimAligner;
import org.dossier.story.claims.ClaimConfig;
import org.junit.jupiter.api.Test;

/**
 * The aligner without embeddings (shared words, entities, dates and numbers) on an invented story
 * whose claims, copies and contradictions were written down before the code was run.
 */
class ClaimAlignerTest {
    private static final Map<String, String> ENTITIES = Map.of(
            "e-council", "Dunmore council", "e-mayor", "Ilse Varga", "e-bridge", "Tallow Bridge");

    private final Fixtures f = new Fixtures(ENTITIES);
    private final String herald = f.article("Dunmore Herald",
            "Dunmore council voted on 4 March 2031 to close Tallow Bridge for repairs costing 3.2 million euros. "
                    + "Mayor Ilse Varga said the closure would last eight months. "
                    + "Local shops fear a drop in trade during the works.");
    private final String post = f.article("Eastfield Post",
            "Tallow Bridge will be closed for repairs after Dunmore council approved the plan on 4 March 2031. "
                    + "The repairs on Tallow Bridge will cost 4.5 million euros, the council said. "
                    + "The river ferry will run every 20 minutes while the bridge is shut.");
    private final String herald2 = f.article("Dunmore Herald",
            "Dunmore council voted on 4 March 2031 to close Tallow Bridge for repairs. "
                    + "Cyclists will be sent over the weir path instead.");
    private final String wire = f.article("Regional Wire",
            "Mayor Ilse Varga said the closure of Tallow Bridge would not last eight months. "
                    + "Dunmore council has closed Tallow Bridge for repairs, a decision taken on 4 March 2031.");

    private final List<Claim> claims = new ClaimAligner(Optional.empty(), ClaimConfig.LEXICAL).align(f.story());

    private static Set<String> articles(Claim c) {
        return c.sources().stream().map(SourceSpan::article).collect(Collectors.toSet());
    }

    private Claim claimHolding(String words) {
        return claims.stream().filter(c -> c.text().contains(words)
                        || c.sources().stream().anyMatch(s -> textOf(s).contains(words)))
                .max((a, b) -> Integer.compare(a.sources().size(), b.sources().size())).orElseThrow();
    }

    private String textOf(SourceSpan s) {
        return f.story().articles().stream().filter(a -> a.article().id().equals(s.article())).findFirst().orElseThrow()
                .body().substring(s.span().start(), s.span().end());
    }

    @Test
    void theCouncilsDecisionIsOneClaimMadeByEveryArticle() {
        Claim c = claimHolding("to close Tallow Bridge");
        assertEquals(Set.of(herald, post, herald2, wire), articles(c), c.toString());
    }

    @Test
    void twoArticlesOfOneOutletCorroborateOnce() {
        Claim c = claimHolding("to close Tallow Bridge");
        assertEquals(3, c.corroboration(), "three outlets among four articles: " + c);
    }

    @Test
    void aDifferentCostIsAConflictNotACorroboration() {
        Claim cost = claimHolding("3.2 million");
        assertTrue(cost.sources().stream().noneMatch(s -> textOf(s).contains("4.5 million")), cost.toString());
        assertTrue(cost.conflicts().stream().anyMatch(x -> x.source().article().equals(post) && x.why().contains("4.5")),
                cost.conflicts().toString());
    }

    @Test
    void aNegatedStatementContradictsTheSameStatementWithoutIt() {
        Claim length = claimHolding("would last eight months");
        assertTrue(length.conflicts().stream().anyMatch(x -> x.source().article().equals(wire)), length.toString());
    }

    @Test
    void aStatementOnlyOneOutletMakesIsMarkedSingleSource() {
        Claim ferry = claims.stream().filter(c -> c.text().contains("ferry")).findFirst().orElseThrow();
        assertTrue(ferry.singleSource());
        assertEquals(Set.of(post), articles(ferry));
    }

    @Test
    void aSentenceWithNoEntityDateOrNumberThatNobodyElseSaysIsNoClaim() {
        assertTrue(claims.stream().noneMatch(c -> c.text().contains("Local shops fear")), claims.toString());
    }
}

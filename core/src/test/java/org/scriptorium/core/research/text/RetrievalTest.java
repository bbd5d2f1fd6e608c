package org.scriptorium.core.research.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetrievalTest {
    private static final LabelledArticles ARTICLES = LabelledArticles.load();

    @Test
    void passagesKeepWholeSentencesNearTheTargetLength() {
        String text = ARTICLES.texts().get("rates-story-a.txt");

        List<String> passages = Passages.split(text, 40);

        assertThat(passages).hasSizeGreaterThan(2);
        assertThat(String.join(" ", passages)).isEqualTo(text.strip().replaceAll("\\s*\\R\\s*", " "));
        for (String passage : passages) {
            assertThat(passage).matches("(?s).*[.!?]$|Central bank keeps interest rates on hold.*");
            assertThat(Shingles.words(passage).size()).isLessThanOrEqualTo(60);
        }
        assertThat(Passages.split("One sentence that is rather long for the target.", 3)).hasSize(1);
    }

    @Test
    void bm25PutsThePassageAboutTheQueryFirstAndIgnoresPassagesWithoutItsTerms() {
        List<String> passages = List.of(
                "The central bank held interest rates at 4.25 percent.",
                "The rover drilled clay layers from a crater cliff on Mars.",
                "Rates, rates and rates: lenders said fixed mortgage rates would hold.",
                "Harbour City signed a striker for a record fee.");
        Bm25 bm25 = new Bm25(passages);

        List<Bm25.Ranked> ranked = bm25.rank("mortgage rates", 10);

        assertThat(ranked).extracting(Bm25.Ranked::index).containsExactly(2, 0);
        assertThat(ranked.getFirst().score()).isEqualTo(bm25.score("mortgage rates", 2));
        assertThat(bm25.score("mortgage rates", 3)).isZero();
        assertThat(bm25.rank("Mars clay", 1)).extracting(Bm25.Ranked::index).containsExactly(1);
        assertThat(bm25.rank("the of and", 10)).isEmpty();
    }
}

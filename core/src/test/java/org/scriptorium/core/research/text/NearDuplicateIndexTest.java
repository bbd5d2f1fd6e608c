package org.scriptorium.core.research.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicateIndexTest {
    private static final LabelledArticles ARTICLES = LabelledArticles.load();
    private final MinHasher hasher = MinHasher.standard();

    @Test
    void aSyndicatedCopyArrivingLaterMatchesTheStoredStoryButNotOtherArticlesOnIt() {
        NearDuplicateIndex<String> index = new NearDuplicateIndex<>(hasher, NearDuplicateIndex.DEFAULT_THRESHOLD);
        for (String file : ARTICLES.files()) {
            if (!file.endsWith("-c.txt")) {
                index.add(file, hasher.signature(ARTICLES.texts().get(file)));
            }
        }

        assertThat(index.size()).isEqualTo(32);
        assertThat(index.matches(hasher.signature(ARTICLES.texts().get("heat-story-c.txt"))))
                .containsExactly("heat-story-a.txt", "heat-story-b.txt");
        assertThat(index.matches(hasher.signature(ARTICLES.texts().get("flood-story-c.txt"))))
                .containsExactly("flood-story-a.txt", "flood-story-b.txt");
        assertThat(index.matches(hasher.signature("A recipe for lemon cake with poppy seeds and a thin icing."))).isEmpty();
    }

    @Test
    void theDefaultThresholdSitsBetweenCopiesOfAStoryAndOtherArticlesOnTheSameSubject() {
        // The margin the default threshold was chosen in: lowest duplicate pair against highest non-duplicate pair.
        double lowestDuplicate = 1;
        double highestOther = 0;
        List<String> files = ARTICLES.files();
        for (int a = 0; a < files.size(); a++) {
            for (int b = a + 1; b < files.size(); b++) {
                double j = ExactJaccard.of(Shingles.of(ARTICLES.texts().get(files.get(a)), 3), Shingles.of(ARTICLES.texts().get(files.get(b)), 3));
                if (ARTICLES.sameStory(files.get(a), files.get(b))) {
                    lowestDuplicate = Math.min(lowestDuplicate, j);
                } else {
                    highestOther = Math.max(highestOther, j);
                }
            }
        }
        assertThat(lowestDuplicate).isGreaterThan(NearDuplicateIndex.DEFAULT_THRESHOLD);
        assertThat(highestOther).isLessThan(NearDuplicateIndex.DEFAULT_THRESHOLD);
    }

    @Test
    void aRemovedDocumentIsNoLongerMatched() {
        NearDuplicateIndex<String> index = new NearDuplicateIndex<>(hasher, NearDuplicateIndex.DEFAULT_THRESHOLD);
        int[] story = hasher.signature(ARTICLES.texts().get("rates-story-a.txt"));
        index.add("rates", story);
        index.add("rates", story);

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.matches(story)).containsExactly("rates");
        assertThat(index.remove("rates")).isTrue();
        assertThat(index.matches(story)).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void pollsOnSeveralThreadsAddAndMatchWithoutLosingDocuments() throws Exception {
        NearDuplicateIndex<Integer> index = new NearDuplicateIndex<>(hasher, NearDuplicateIndex.DEFAULT_THRESHOLD);
        List<String> texts = new ArrayList<>(ARTICLES.texts().values());
        int copies = 25;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> work = new ArrayList<>();
            for (int copy = 0; copy < copies; copy++) {
                int base = copy * texts.size();
                work.add(pool.submit(() -> {
                    for (int i = 0; i < texts.size(); i++) {
                        int[] signature = hasher.signature(texts.get(i));
                        index.matches(signature);
                        index.add(base + i, signature);
                        // Its own copy is stored now, whatever the other threads are doing.
                        assertThat(index.matches(signature)).contains(base + i);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        assertThat(index.size()).isEqualTo(copies * texts.size());
        int[] flood = hasher.signature(ARTICLES.texts().get("flood-story-a.txt"));
        // Every copy of the three flood story versions, and nothing else.
        assertThat(index.matches(flood)).hasSize(copies * 3);
    }
}

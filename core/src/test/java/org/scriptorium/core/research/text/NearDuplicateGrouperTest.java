package org.scriptorium.core.research.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicateGrouperTest {
    private static final LabelledArticles ARTICLES = LabelledArticles.load();

    @Test
    void findsSyndicatedCopiesAndKeepsOtherArticlesOnTheSameStoryApart() {
        List<List<String>> groups = NearDuplicateGrouper.group(ARTICLES.texts(), NearDuplicateIndex.DEFAULT_THRESHOLD, MinHasher.standard());

        int truePairs = 0;
        int foundPairs = 0;
        int correctPairs = 0;
        List<String> files = ARTICLES.files();
        for (int a = 0; a < files.size(); a++) {
            for (int b = a + 1; b < files.size(); b++) {
                boolean labelled = ARTICLES.sameStory(files.get(a), files.get(b));
                boolean grouped = groupOf(groups, files.get(a)) == groupOf(groups, files.get(b));
                truePairs += labelled ? 1 : 0;
                foundPairs += grouped ? 1 : 0;
                correctPairs += labelled && grouped ? 1 : 0;
            }
        }
        double precision = foundPairs == 0 ? 0 : (double) correctPairs / foundPairs;
        double recall = (double) correctPairs / truePairs;
        System.out.printf("Near-duplicates on %d labelled articles at Jaccard %.2f: precision %.3f, recall %.3f (%d of %d pairs)%n",
                files.size(), NearDuplicateIndex.DEFAULT_THRESHOLD, precision, recall, correctPairs, truePairs);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void printsHowFarApartDuplicatesAndSameTopicArticlesAre() {
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
        System.out.printf("Exact 3-shingle Jaccard: lowest duplicate pair %.3f, highest other pair %.3f%n", lowestDuplicate, highestOther);
        assertThat(lowestDuplicate).isGreaterThan(NearDuplicateIndex.DEFAULT_THRESHOLD);
        assertThat(highestOther).isLessThan(NearDuplicateIndex.DEFAULT_THRESHOLD);
    }

    @Test
    void groupsLikeThePairwiseBaselineInTheSameOrder() {
        var lsh = NearDuplicateGrouper.group(ARTICLES.texts(), NearDuplicateIndex.DEFAULT_THRESHOLD, MinHasher.standard());
        var exact = ExactJaccard.groupPairwise(ARTICLES.texts(), NearDuplicateIndex.DEFAULT_THRESHOLD, 3);

        assertThat(lsh).isEqualTo(exact);
        assertThat(lsh.getFirst()).containsExactly("java-story-a.txt", "java-story-b.txt", "java-story-c.txt");
        assertThat(lsh.stream().mapToInt(List::size).sum()).isEqualTo(ARTICLES.texts().size());
    }

    private static int groupOf(List<List<String>> groups, String file) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).contains(file)) {
                return i;
            }
        }
        throw new AssertionError(file + " is in no group");
    }
}

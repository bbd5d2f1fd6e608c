package org.scriptorium.core.research.documents;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.research.text.LabelledArticles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The near-duplicate groups the store keeps, judged against hand-labelled articles (same story = near-duplicates). */
class NearDuplicateGroupsTest {
    private static final LabelledArticles ARTICLES = LabelledArticles.load();

    @TempDir
    Path dataDir;

    private Studio studio;

    @BeforeEach
    void open() {
        studio = TestStudios.open(dataDir);
    }

    @AfterEach
    void close() {
        studio.close();
    }

    @Test
    void syndicatedCopiesAreStoredUnderTheFirstOneSeenAndOtherArticlesOnTheSameSubjectStayApart() {
        DocumentStore documents = studio.research().documents();
        Map<String, UUID> groupOf = store(documents, ARTICLES.files());

        int labelledPairs = 0;
        int groupedPairs = 0;
        int correctPairs = 0;
        List<String> files = ARTICLES.files();
        for (int a = 0; a < files.size(); a++) {
            for (int b = a + 1; b < files.size(); b++) {
                boolean labelled = ARTICLES.sameStory(files.get(a), files.get(b));
                boolean grouped = groupOf.get(files.get(a)).equals(groupOf.get(files.get(b)));
                labelledPairs += labelled ? 1 : 0;
                groupedPairs += grouped ? 1 : 0;
                correctPairs += labelled && grouped ? 1 : 0;
            }
        }
        double precision = groupedPairs == 0 ? 0 : (double) correctPairs / groupedPairs;
        double recall = (double) correctPairs / labelledPairs;
        assertThat(precision).as("pair precision").isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("pair recall").isGreaterThanOrEqualTo(0.9);
        // The story's first version heads its group; a different article on the same subject heads its own.
        assertThat(groupOf.get("heat-story-c.txt")).isEqualTo(groupOf.get("heat-story-a.txt"));
        assertThat(groupOf.get("heat-other-1.txt")).isNotEqualTo(groupOf.get("heat-story-a.txt"));
    }

    /** Stores the articles in order, one poll's batch, and reads back the group each was stored in (its head's id). */
    private static Map<String, UUID> store(DocumentStore documents, List<String> files) {
        List<IncomingDocument> incoming = new ArrayList<>();
        for (String file : files) {
            String text = ARTICLES.texts().get(file);
            int headline = text.indexOf('\n');
            incoming.add(new IncomingDocument(file, "https://news.example/" + file, text.substring(0, headline).strip(), null,
                    null, null, text.substring(headline + 1).strip(), "en", null, null));
        }
        List<AddedDocument> added = documents.addAll(null, incoming);
        Map<UUID, DocumentSummary> stored = new HashMap<>();
        documents.summaries(added.stream().map(AddedDocument::id).toList()).forEach(d -> stored.put(d.id(), d));
        Map<String, UUID> groupOf = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            DocumentSummary document = stored.get(added.get(i).id());
            groupOf.put(files.get(i), document.nearDuplicateOf() != null ? document.nearDuplicateOf() : document.id());
        }
        return groupOf;
    }
}

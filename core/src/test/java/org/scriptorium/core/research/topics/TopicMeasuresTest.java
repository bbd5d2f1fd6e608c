package org.scriptorium.core.research.topics;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.research.documents.DocumentSummary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TopicMeasuresTest {
    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void aScoreIsTheSumOfItsPartsAndAFallingScoreSaysWhichPartMoved() {
        UUID paper = new UUID(1, 1);
        UUID blog = new UUID(1, 2);
        List<DocumentSummary> members = List.of(document(paper, NOW.minus(Duration.ofHours(3)), 120, 30),
                document(blog, NOW.minus(Duration.ofHours(9)), 0, 0), document(paper, NOW.minus(Duration.ofHours(20)), 5, 0));

        TopicMeasures fresh = TopicDiscovery.measure(members, 0, 3, NOW);
        assertThat(fresh.why().stream().mapToDouble(TopicMeasures.Part::points).sum()).isCloseTo(fresh.score(), within(0.1));
        assertThat(fresh.why()).extracting(TopicMeasures.Part::what).contains("newest 3 hours old", "2 independent sources", "engagement 155");

        // Two days on, nothing new: the score fell, and its parts say the newest document aged and nothing grew.
        TopicMeasures later = TopicDiscovery.measure(members, 3, 3, NOW.plus(Duration.ofHours(45)));
        assertThat(later.score()).isLessThan(fresh.score());
        assertThat(later.why()).extracting(TopicMeasures.Part::what).contains("newest 2 days old", "no new documents since the last discovery");
        assertThat(TopicMeasures.NONE.why()).isEmpty();
    }

    private static DocumentSummary document(UUID source, Instant published, int points, int comments) {
        return new DocumentSummary(UUID.randomUUID(), source, "A story", "https://example.org/" + published.toEpochMilli(), null, published,
                published, "", true, "en", points, comments, null);
    }
}

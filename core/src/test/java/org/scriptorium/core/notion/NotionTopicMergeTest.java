package org.scriptorium.core.notion;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.notion.NotionTopic.Field;
import org.scriptorium.core.notion.NotionTopicMerge.Overwritten;
import org.scriptorium.core.notion.NotionTopicMerge.Side;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Two-way sync of one topic, field by field. */
class NotionTopicMergeTest {
    private static final Instant EARLIER = Instant.parse("2027-02-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2027-02-01T10:00:00Z");
    private static final NotionTopic SYNCED = new NotionTopic("Sourdough starters", "Idea", 2, "Food", "us", "en", 71.5,
            "https://example.com/report", null);

    @Test
    void nothingChangedOnEitherSideChangesNothing() {
        NotionTopicMerge.Result result = NotionTopicMerge.merge(SYNCED, SYNCED, LATER, SYNCED, EARLIER);

        assertThat(result.merged()).isEqualTo(SYNCED);
        assertThat(result.unchanged()).isTrue();
        assertThat(result.overwritten()).isEmpty();
    }

    @Test
    void aStatusMovedInNotionComesBackToTheStudio() {
        NotionTopic notion = withStatus(SYNCED, "Writing");

        NotionTopicMerge.Result result = NotionTopicMerge.merge(SYNCED, SYNCED, LATER, notion, EARLIER);

        assertThat(result.merged().status()).isEqualTo("Writing");
        assertThat(result.localUpdates()).containsExactly(Field.STATUS);
        assertThat(result.notionUpdates()).isEmpty();
        assertThat(result.overwritten()).isEmpty();
    }

    @Test
    void aScoreChangedInTheStudioGoesToNotionEvenWhenNotionWasEditedLater() {
        NotionTopic local = new NotionTopic("Sourdough starters", "Idea", 2, "Food", "us", "en", 88.0, "https://example.com/report",
                "https://example.com/draft");
        NotionTopic notion = withStatus(SYNCED, "Writing");

        NotionTopicMerge.Result result = NotionTopicMerge.merge(SYNCED, local, EARLIER, notion, LATER);

        assertThat(result.merged()).isEqualTo(new NotionTopic("Sourdough starters", "Writing", 2, "Food", "us", "en", 88.0,
                "https://example.com/report", "https://example.com/draft"));
        assertThat(result.notionUpdates()).containsExactly(Field.SCORE, Field.DRAFT_URL);
        assertThat(result.localUpdates()).containsExactly(Field.STATUS);
        assertThat(result.overwritten()).isEmpty();
    }

    @Test
    void aFieldChangedOnBothSidesTakesTheLaterEditAndReportsTheLostValue() {
        NotionTopic local = withStatus(SYNCED, "Drafted");
        NotionTopic notion = withStatus(SYNCED, "Dropped");

        NotionTopicMerge.Result notionLater = NotionTopicMerge.merge(SYNCED, local, EARLIER, notion, LATER);
        assertThat(notionLater.merged().status()).isEqualTo("Dropped");
        assertThat(notionLater.overwritten()).containsExactly(new Overwritten(Field.STATUS, "Drafted", Side.LOCAL));
        assertThat(notionLater.localUpdates()).containsExactly(Field.STATUS);

        NotionTopicMerge.Result localLater = NotionTopicMerge.merge(SYNCED, local, LATER, notion, EARLIER);
        assertThat(localLater.merged().status()).isEqualTo("Drafted");
        assertThat(localLater.overwritten()).containsExactly(new Overwritten(Field.STATUS, "Dropped", Side.NOTION));
        assertThat(localLater.notionUpdates()).containsExactly(Field.STATUS);
    }

    @Test
    void editsAtTheSameMomentGoToTheStudio() {
        NotionTopic local = new NotionTopic("Sourdough starters", "Idea", 1, "Food", "us", "en", 71.5, "https://example.com/report", null);
        NotionTopic notion = new NotionTopic("Sourdough starters", "Idea", 5, "Food", "us", "en", 71.5, "https://example.com/report", null);

        NotionTopicMerge.Result result = NotionTopicMerge.merge(SYNCED, local, LATER, notion, LATER);

        assertThat(result.merged().priority()).isEqualTo(1);
        assertThat(result.overwritten()).containsExactly(new Overwritten(Field.PRIORITY, 5, Side.NOTION));
    }

    @Test
    void theFirstSyncFillsEmptyFieldsFromTheOtherSideAndSettlesDifferencesByTheLaterEdit() {
        NotionTopic local = new NotionTopic("Sourdough starters", null, 3, "Food", "us", "en", 71.5, "https://example.com/report", null);
        NotionTopic notion = new NotionTopic("Sourdough", "Writing", 3, null, null, null, null, null, null);

        NotionTopicMerge.Result result = NotionTopicMerge.merge(null, local, EARLIER, notion, LATER);

        assertThat(result.merged()).isEqualTo(new NotionTopic("Sourdough", "Writing", 3, "Food", "us", "en", 71.5,
                "https://example.com/report", null));
        assertThat(result.overwritten()).containsExactly(new Overwritten(Field.TITLE, "Sourdough starters", Side.LOCAL));
        assertThat(result.localUpdates()).containsExactly(Field.TITLE, Field.STATUS);
        assertThat(result.notionUpdates()).containsExactly(Field.DOMAIN, Field.MARKET, Field.LANGUAGE, Field.SCORE, Field.REPORT_URL);
    }

    @Test
    void aBlankTextIsTheSameAsAnEmptyField() {
        NotionTopic notion = new NotionTopic("Sourdough starters", "Idea", 2, "Food", "us", "en", 71.5, "https://example.com/report", "  ");

        assertThat(NotionTopicMerge.merge(SYNCED, SYNCED, LATER, notion, EARLIER).unchanged()).isTrue();
    }

    private static NotionTopic withStatus(NotionTopic topic, String status) {
        return new NotionTopic(topic.title(), status, topic.priority(), topic.domain(), topic.market(), topic.language(), topic.score(),
                topic.reportUrl(), topic.draftUrl());
    }
}

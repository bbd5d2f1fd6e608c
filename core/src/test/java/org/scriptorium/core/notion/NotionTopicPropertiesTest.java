package org.scriptorium.core.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A topic as a Notion page's properties, written as the data source's columns take them and read back as Notion answers. */
class NotionTopicPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NotionTopic TOPIC = new NotionTopic("Sourdough starters", "Writing", 2, "Food, drink", "us", "en", 71.5,
            "https://example.com/report", "https://example.com/draft");

    @Test
    void eachFieldIsWrittenAsItsColumnTakesItAndMissingColumnsAreLeftOut() {
        DataSourceSchema schema = schema(Map.of("Title", "title", "Status", "status", "Priority", "number", "Domain", "select",
                "Market", "rich_text", "Score", "number", "Report", "url"));

        ObjectNode properties = new NotionTopicProperties(schema).properties(TOPIC);

        assertThat(properties.path("Title").path("title").get(0).path("text").path("content").asText()).isEqualTo("Sourdough starters");
        assertThat(properties.path("Status").path("status").path("name").asText()).isEqualTo("Writing");
        assertThat(properties.path("Priority").path("number").asInt()).isEqualTo(2);
        assertThat(properties.path("Domain").path("select").path("name").asText()).isEqualTo("Food; drink"); // Notion refuses commas in options
        assertThat(properties.path("Market").path("rich_text").get(0).path("text").path("content").asText()).isEqualTo("us");
        assertThat(properties.path("Score").path("number").asDouble()).isEqualTo(71.5);
        assertThat(properties.path("Report").path("url").asText()).isEqualTo("https://example.com/report");
        assertThat(properties.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("Title", "Status", "Priority", "Domain",
                "Market", "Score", "Report");
    }

    @Test
    void anUpdateWritesOnlyTheFieldsAskedFor() {
        DataSourceSchema schema = schema(Map.of("Name", "title", "Status", "select", "Priority", "number"));

        ObjectNode properties = new NotionTopicProperties(schema).properties(TOPIC, EnumSet.of(NotionTopic.Field.PRIORITY));

        assertThat(properties.properties()).extracting(Map.Entry::getKey).containsExactly("Priority");
    }

    @Test
    void aPageAsNotionAnswersItReadsBackAndEmptyOrMissingPropertiesAreEmpty() throws Exception {
        JsonNode page = JSON.readTree("""
                {"object":"page","id":"p1","last_edited_time":"2027-02-01T10:00:00.000Z","properties":{
                  "Name":{"id":"title","type":"title","title":[{"type":"text","text":{"content":"Sourdough "},"plain_text":"Sourdough "},
                                                              {"type":"text","text":{"content":"starters"},"plain_text":"starters"}]},
                  "Status":{"id":"a","type":"status","status":{"id":"x","name":"Writing","color":"blue"}},
                  "Priority":{"id":"b","type":"number","number":2},
                  "Domain":{"id":"c","type":"select","select":null},
                  "Market":{"id":"d","type":"rich_text","rich_text":[]},
                  "Language":{"id":"e","type":"multi_select","multi_select":[{"name":"en"}]},
                  "Score":{"id":"f","type":"number","number":null},
                  "Report":{"id":"g","type":"url","url":"https://example.com/report"}}}""");

        NotionTopic topic = new NotionTopicProperties(schema(Map.of())).read(page);

        assertThat(topic).isEqualTo(new NotionTopic("Sourdough starters", "Writing", 2, null, null, "en", null, "https://example.com/report", null));
    }

    @Test
    void whatIsWrittenReadsBackAsTheTopicNotionWillHold() {
        DataSourceSchema schema = schema(Map.of("Name", "title", "Status", "select", "Priority", "number", "Domain", "select",
                "Language", "rich_text", "Score", "number", "Report", "url", "Draft", "files"));
        NotionTopicProperties mapping = new NotionTopicProperties(schema);

        NotionTopic written = mapping.asWritten(TOPIC);

        // Market has no column and Draft is a files column: Notion holds neither; the domain lost its comma.
        assertThat(written).isEqualTo(new NotionTopic("Sourdough starters", "Writing", 2, "Food; drink", null, "en", 71.5,
                "https://example.com/report", null));
        // Stored as the last sync, it makes the next merge see no change where Notion simply cannot hold the value.
        assertThat(NotionTopicMerge.merge(written, written, Instant.EPOCH, written, Instant.EPOCH).unchanged()).isTrue();
    }

    private static DataSourceSchema schema(Map<String, String> types) {
        Map<String, DataSourceSchema.Property> properties = new HashMap<>();
        types.forEach((name, type) -> properties.put(name, new DataSourceSchema.Property(name.toLowerCase(), type, List.of())));
        return new DataSourceSchema("ds1", "Topics", properties);
    }
}

package org.scriptorium.core.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.scriptorium.core.InvalidInput;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft as a portable Markdown file: YAML front matter (id, title, status, tags, the day it is planned to be
 * published, created, updated) followed by the body exactly as written, so a file round-trips byte for byte.
 */
public record MarkdownDraftFile(UUID id, String title, DraftStatus status, List<String> tags, java.time.LocalDate publish,
                                Instant created, Instant updated, String body) {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern FIRST_HEADING = Pattern.compile("^#[ \\t]+(.+?)[ \\t#]*$", Pattern.MULTILINE);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    public static MarkdownDraftFile of(DraftDocument draft) {
        return new MarkdownDraftFile(draft.id(), draft.title(), draft.status(), draft.tags(), draft.plannedOn(),
                draft.createdAt(), draft.updatedAt(), draft.body());
    }

    public String toMarkdown() {
        ObjectNode front = YAML.createObjectNode();
        front.put("id", id.toString());
        front.put("title", title);
        front.put("status", status.label());
        ArrayNode tagList = front.putArray("tags");
        tags.forEach(tagList::add);
        if (publish != null) {
            front.put("publish", publish.toString());
        }
        if (created != null) {
            front.put("created", created.toString());
        }
        if (updated != null) {
            front.put("updated", updated.toString());
        }
        try {
            return "---\n" + YAML.writeValueAsString(front) + "---\n" + body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Front matter could not be written", e);
        }
    }

    /**
     * Reads a Markdown file. Without front matter the whole text is the body and the title comes from the
     * first heading, else from {@code fallbackTitle} (the file name).
     */
    public static MarkdownDraftFile parse(String text, String fallbackTitle) {
        Matcher matcher = FRONT_MATTER.matcher(text);
        if (!matcher.find()) {
            return new MarkdownDraftFile(null, titleFrom(text, fallbackTitle), DraftStatus.DRAFT, List.of(), null, null, null, text);
        }
        String body = text.substring(matcher.end());
        JsonNode front;
        try {
            front = matcher.group(1).isBlank() ? YAML.createObjectNode() : YAML.readTree(matcher.group(1));
        } catch (JsonProcessingException e) {
            throw new InvalidInput("The front matter is not valid YAML: " + e.getOriginalMessage());
        }
        if (front == null || !front.isObject()) {
            throw new InvalidInput("The front matter must be a YAML mapping of keys to values.");
        }
        String title = text(front, "title");
        return new MarkdownDraftFile(
                uuid(text(front, "id")),
                title != null && !title.isBlank() ? title : titleFrom(body, fallbackTitle),
                text(front, "status") == null ? DraftStatus.DRAFT : DraftStatus.parse(text(front, "status")),
                tags(front.get("tags")),
                day(text(front, "publish")),
                instant(text(front, "created")),
                instant(text(front, "updated")),
                body);
    }

    private static java.time.LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("The front matter publish day '" + text + "' is not a date like 2026-12-01.");
        }
    }

    private static String text(JsonNode front, String key) {
        JsonNode value = front.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> tags(JsonNode node) {
        List<String> tags = new ArrayList<>();
        if (node == null || node.isNull()) {
            return tags;
        }
        if (node.isArray()) {
            node.forEach(tag -> tags.add(tag.asText()));
        } else {
            for (String tag : node.asText().split(",")) {
                tags.add(tag.strip());
            }
        }
        tags.removeIf(String::isBlank);
        return tags;
    }

    private static UUID uuid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("The front matter id '" + text + "' is not a valid id.");
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String titleFrom(String body, String fallbackTitle) {
        Matcher heading = FIRST_HEADING.matcher(body);
        return heading.find() ? heading.group(1).strip() : fallbackTitle;
    }
}

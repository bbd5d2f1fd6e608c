package org.scriptorium.core.writing;

import org.scriptorium.core.Progress;
import org.scriptorium.core.research.reports.Citations;
import org.scriptorium.core.writing.ai.ChatMessage;
import org.scriptorium.core.writing.ai.ChatRequest;
import org.scriptorium.core.writing.ai.ChatResult;
import org.scriptorium.core.writing.ai.ProviderException;
import org.scriptorium.core.writing.ai.TextProvider;
import org.scriptorium.core.writing.ai.TokenSink;
import org.scriptorium.core.writing.assistant.Outline;
import org.scriptorium.core.writing.assistant.RewriteKind;
import org.scriptorium.core.writing.assistant.SeoMetadata;
import org.scriptorium.core.writing.assistant.WritingAssistant;
import org.scriptorium.core.writing.assistant.WritingBrief;
import org.scriptorium.core.writing.usage.AiCall;
import org.scriptorium.core.writing.usage.UsageLedger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes with a text model through the prompt templates; every call is checked against the budget and recorded. */
public final class ModelWriter implements WritingAssistant {
    private static final int DRAFT_WORDS = 900;

    private final TextProvider provider;
    private final boolean local;
    private final PromptTemplates templates;
    private final UsageLedger ledger;
    private final UUID draftId;
    private final UUID topicId;

    public ModelWriter(TextProvider provider, boolean local, PromptTemplates templates, UsageLedger ledger, UUID draftId, UUID topicId) {
        this.provider = provider;
        this.local = local;
        this.templates = templates;
        this.ledger = ledger;
        this.draftId = draftId;
        this.topicId = topicId;
    }

    @Override
    public String describe() {
        return provider.config().name() + " · " + provider.config().model();
    }

    @Override
    public Outline outline(WritingBrief brief, TokenSink sink, Progress progress) {
        String text = call("outline", templates.render("outline", briefValues(brief)), 1200, sink, progress);
        return parseOutline(text, brief.topic());
    }

    @Override
    public String draft(WritingBrief brief, Outline outline, TokenSink sink, Progress progress) {
        Map<String, String> values = briefValues(brief);
        values.put("outline", outline.toMarkdown());
        values.put("words", String.valueOf(DRAFT_WORDS));
        values.put("sources", brief.sources().stream().map(s -> "[" + s.number() + "] " + s.title()).collect(Collectors.joining("\n")));
        String body = call("draft", templates.render("draft", values), 2600, sink, progress).strip();
        // A model may cite a number it was not given; such a citation is dropped, as in research reports.
        Set<Integer> numbers = brief.sources().stream().map(WritingBrief.Reference::number).collect(Collectors.toSet());
        String references = references(brief);
        sink.accept("\n\n" + references);
        return Citations.keepValid(body, numbers) + "\n\n" + references;
    }

    static String references(WritingBrief brief) {
        StringBuilder md = new StringBuilder("## References\n\n");
        brief.sources().forEach(s -> md.append(s.number()).append(". [").append(s.title().replace("[", "(").replace("]", ")"))
                .append("](").append(s.url()).append(")\n"));
        return md.toString();
    }

    @Override
    public String rewrite(String selection, RewriteKind kind, String context, TokenSink sink, Progress progress) {
        String instruction = switch (kind) {
            case SHORTER -> "Rewrite the text to about 60% of its length, keeping its meaning.";
            case LONGER -> "Rewrite the text at about 150% of its length, adding explanation, not new facts.";
            case FORMAL -> "Rewrite the text in a more formal tone.";
            case CASUAL -> "Rewrite the text in a more casual, conversational tone.";
            case FIX_GRAMMAR -> "Fix grammar, spelling and punctuation; change nothing else.";
            case CONTINUE -> "Write the next two or three sentences that follow this text, in the same voice. Answer with the new sentences only.";
        };
        Map<String, String> values = new LinkedHashMap<>();
        values.put("instruction", instruction);
        values.put("selection", selection);
        values.put("context", context == null ? "" : context);
        return call("rewrite-" + kind.name().toLowerCase(Locale.ROOT), templates.render("rewrite", values), 1500, sink, progress).strip();
    }

    @Override
    public SeoMetadata seo(String title, String markdown, Progress progress) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("body", markdown.length() > 12_000 ? markdown.substring(0, 12_000) : markdown);
        String text = call("seo", templates.render("seo", values), 400, TokenSink.NONE, progress);
        return parseSeo(text, title);
    }

    /** A social post in the platform's voice and length; the caller fits it to the platform's rules. */
    public String social(String title, String markdown, String platform, int limit, String link, int hashtags, Progress progress) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("platform", platform);
        values.put("limit", String.valueOf(limit));
        values.put("link", link);
        values.put("hashtags", String.valueOf(hashtags));
        values.put("title", title);
        values.put("body", markdown.length() > 8_000 ? markdown.substring(0, 8_000) : markdown);
        return call("social-" + platform.toLowerCase(Locale.ROOT), templates.render("social", values), Math.max(200, limit / 2), TokenSink.NONE, progress);
    }

    private String call(String purpose, List<ChatMessage> messages, int maxTokens, TokenSink sink, Progress progress) {
        int estimatedInput = messages.stream().mapToInt(m -> m.content().length()).sum() / 4;
        String model = provider.config().model();
        ledger.checkBudget(model, estimatedInput, maxTokens, 0, local);
        long started = System.nanoTime();
        try {
            ChatResult result = provider.chat(new ChatRequest(null, messages, 0.4, maxTokens), sink, progress);
            ledger.record(new AiCall(provider.config().name(), result.model() == null ? model : result.model(), purpose,
                    result.inputTokens(), result.outputTokens(), 0, result.latency(), AiCall.Outcome.OK, draftId, topicId), local);
            return result.text();
        } catch (Progress.Cancelled | ProviderException e) {
            AiCall.Outcome outcome = e instanceof Progress.Cancelled ? AiCall.Outcome.CANCELLED : AiCall.Outcome.FAILED;
            if (!(e instanceof ProviderException p && p.kind() == ProviderException.Kind.BUDGET)) {
                ledger.record(new AiCall(provider.config().name(), model, purpose, 0, 0, 0,
                        Duration.ofNanos(System.nanoTime() - started), outcome, draftId, topicId), local);
            }
            throw e;
        }
    }

    private static Map<String, String> briefValues(WritingBrief brief) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("topic", brief.topic());
        values.put("keywords", String.join(", ", brief.keywords()));
        values.put("summary", brief.summary());
        values.put("keyPoints", brief.keyPoints().stream().map(p -> "- " + p).collect(Collectors.joining("\n")));
        values.put("openQuestions", brief.openQuestions().stream().map(q -> "- " + q).collect(Collectors.joining("\n")));
        return values;
    }

    /** Reads "# title", "## section" and "- point" lines; anything else under a section becomes a point. */
    static Outline parseOutline(String text, String fallbackTitle) {
        String title = fallbackTitle;
        List<Outline.Section> sections = new ArrayList<>();
        String heading = null;
        List<String> points = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.add(new Outline.Section(heading, points));
                }
                heading = line.substring(3).strip();
                points = new ArrayList<>();
            } else if (!line.isEmpty()) {
                points.add(line.replaceFirst("^([-*]|\\d+[.)])\\s+", ""));
            }
        }
        if (heading != null) {
            sections.add(new Outline.Section(heading, points));
        } else if (!points.isEmpty()) {
            sections.add(new Outline.Section("Outline", points));
        }
        return new Outline(title, sections);
    }

    static SeoMetadata parseSeo(String text, String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip().toUpperCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        List<String> titles = Arrays.stream(fields.getOrDefault("TITLES", title).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String description = fields.getOrDefault("DESCRIPTION", "");
        if (description.length() > 160) {
            description = description.substring(0, 159).replaceFirst("\\s+\\S*$", "") + "…";
        }
        String slug = fields.getOrDefault("SLUG", title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        List<String> keywords = Arrays.stream(fields.getOrDefault("KEYWORDS", "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SeoMetadata(titles, description, slug, keywords);
    }
}

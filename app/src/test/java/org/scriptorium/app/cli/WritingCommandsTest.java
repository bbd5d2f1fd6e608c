package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.core.research.Newsroom;
import org.scriptorium.core.writing.FakeOpenAiServer;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Providers, writing and usage from the command line, offline and through a loopback OpenAI-compatible server. */
class WritingCommandsTest {
    @TempDir
    Path dataDir;

    private Newsroom newsroom;
    private FakeOpenAiServer model;
    private CliRunner cli;
    private String topicId;

    @BeforeEach
    void researchATopic() throws Exception {
        newsroom = new Newsroom();
        model = new FakeOpenAiServer();
        cli = new CliRunner(dataDir);
        newsroom.feedUrls().forEach(url -> cli.run("source", "add", url));
        cli.run("source", "poll");
        cli.run("topic", "discover");
        topicId = cli.run("topic", "list", "--json").json().get(0).get("id").asText();
        assertThat(cli.run("research", topicId).exitCode()).isZero();
    }

    @AfterEach
    void tearDown() throws Exception {
        model.close();
        newsroom.close();
    }

    @Test
    void withNoProviderTheOfflineEngineWritesAndNothingIsCharged() {
        Result outline = cli.run("write", "outline", topicId, "--json");
        assertThat(outline.exitCode()).as(outline.err()).isZero();
        assertThat(outline.json().get("sections").size()).isGreaterThanOrEqualTo(3);

        Result draft = cli.run("write", "draft", topicId, "--json");
        assertThat(draft.exitCode()).as(draft.err()).isZero();
        assertThat(draft.err()).contains("## References");
        assertThat(draft.json().get("body").asText()).contains("## References");

        JsonNode usage = cli.run("usage", "--json").json();
        assertThat(usage.get("calls")).isEmpty();
    }

    @Test
    void aProviderKeyComesFromTheEnvironmentTheModelWritesAndTheCostAddsUp() {
        Result added = CliRunner.runWith(Map.of("FAKE_KEY", "test-key"), "--data-dir", dataDir.toString(),
                "provider", "add", "fake", "--kind", "openai", "--url", model.baseUrl(), "--model", "gpt-4o-mini",
                "--key-env", "FAKE_KEY", "--default", "--json");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).doesNotContain("test-key");
        assertThat(added.json().get("hasKey").asBoolean()).isTrue();
        assertThat(added.json().get("defaultForWriting").asBoolean()).isTrue();

        Result test = cli.run("provider", "test", "fake", "--json");
        assertThat(test.exitCode()).as(test.err()).isZero();
        assertThat(test.json().get("answer").asText()).isEqualTo("Yes, I am here.");

        Result draft = cli.run("write", "draft", topicId, "--quiet", "--json");
        assertThat(draft.exitCode()).as(draft.err()).isZero();
        assertThat(draft.json().get("title").asText()).isEqualTo("Virtual threads, one release later");

        JsonNode usage = cli.run("usage", "--json").json();
        assertThat(usage.get("calls").size()).isEqualTo(3);
        assertThat(usage.get("totalUsd").decimalValue()).isGreaterThan(java.math.BigDecimal.ZERO);

        assertThat(cli.run("usage", "budget", "0.001").exitCode()).isZero();
        Result refused = cli.run("write", "draft", topicId, "--quiet");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("monthly AI budget");

        assertThat(cli.run("usage", "price", "my-finetune", "--input", "1", "--output", "2").exitCode()).isZero();
        assertThat(cli.run("usage", "price", "my-finetune", "--remove").exitCode()).isZero();
        Result gone = cli.run("usage", "price", "my-finetune", "--remove");
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.err()).contains("no row for my-finetune");
        assertThat(cli.run("usage", "price", "cheap", "--input", "-1").err()).contains("cannot be negative");
    }

    @Test
    void offlineSocialPostsSeoAndCoversForADraft() throws Exception {
        String draftId = cli.run("write", "draft", topicId, "--quiet", "--json").json().get("id").asText();

        Result x = cli.run("write", "social", draftId, "--platform", "x", "--link", "https://example.org/post", "--json");
        assertThat(x.exitCode()).as(x.err()).isZero();
        JsonNode post = x.json();
        assertThat(post.get("limit").asInt()).isEqualTo(280);
        post.get("parts").forEach(p -> assertThat(p.get("length").asInt()).isLessThanOrEqualTo(280));
        assertThat(post.get("parts").toString()).contains("https://example.org/post");

        Result linkedin = cli.run("write", "social", draftId, "--platform", "linkedin", "--json");
        assertThat(linkedin.json().get("thread").asBoolean()).isFalse();
        assertThat(cli.run("write", "social", draftId, "--platform", "myspace").exitCode()).isEqualTo(2);

        Result fromPage = cli.run("write", "social", "--url", newsroom.url(Newsroom.BIKE_LANES.path()), "--platform", "bluesky", "--json");
        assertThat(fromPage.exitCode()).as(fromPage.err()).isZero();
        assertThat(fromPage.json().get("parts").toString()).contains("bike lanes", newsroom.url(Newsroom.BIKE_LANES.path()));
        Result missing = cli.run("write", "social", "--url", newsroom.url("/no/such/page.html"), "--platform", "x");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("404");

        JsonNode seo = cli.run("write", "seo", draftId, "--json").json();
        assertThat(seo.get("slug").asText()).matches("[a-z0-9-]+");
        assertThat(seo.get("metaDescription").asText().length()).isLessThanOrEqualTo(160);

        Path cover = dataDir.resolveSibling(dataDir.getFileName() + "-cover.png");
        Result made = cli.run("image", "cover", draftId, "--size", "1200x630", "--out", cover.toString(), "--json");
        assertThat(made.exitCode()).as(made.err()).isZero();
        var image = javax.imageio.ImageIO.read(cover.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(made.json().get("role").asText()).isEqualTo("hero");

        Path card = dataDir.resolveSibling(dataDir.getFileName() + "-card.png");
        Result generated = cli.run("image", "generate", "--prompt", "Virtual threads. A field guide", "--size", "1080x1080",
                "--draft", draftId, "--out", card.toString(), "--json");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        assertThat(javax.imageio.ImageIO.read(card.toFile()).getWidth()).isEqualTo(1080);
        assertThat(cli.run("image", "cover", draftId, "--size", "huge", "--out", cover.toString()).exitCode()).isEqualTo(2);

        // A file of the user's own, kept for the draft: its Markdown, once in the text, renders the image inline.
        Result imported = cli.run("image", "import", draftId, card.toString(), "--alt", "A field guide card", "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        String markdown = imported.json().get("markdown").asText();
        assertThat(markdown).matches("!\\[A field guide card]\\(images/[0-9a-f]{64}\\.png\\)");
        assertThat(cli.run("draft", "edit", draftId, "--body", "A card.\n\n" + markdown).exitCode()).isZero();
        assertThat(cli.run("draft", "render", draftId).out()).contains("<img src=\"data:image/png;base64,").contains("alt=\"A field guide card\"");
        Result notAnImage = cli.run("image", "import", draftId, dataDir.resolve("nothing-here.png").toString());
        assertThat(notAnImage.exitCode()).isEqualTo(2);
        assertThat(notAnImage.err()).contains("could not be read");
    }

    @Test
    void badProviderInputIsUsage() {
        assertThat(cli.run("provider", "add", "x", "--kind", "telepathy", "--model", "m").exitCode()).isEqualTo(2);
        assertThat(cli.run("provider", "add", "x", "--kind", "ollama", "--model", "m", "--url", "ftp://nowhere").exitCode()).isEqualTo(2);
        Result missingEnv = cli.run("provider", "add", "x", "--kind", "openai", "--model", "m", "--key-env", "NO_SUCH_VARIABLE");
        assertThat(missingEnv.exitCode()).isEqualTo(2);
        assertThat(missingEnv.err()).contains("NO_SUCH_VARIABLE");
        assertThat(cli.run("provider", "list", "--json").json()).isEmpty();
    }
}

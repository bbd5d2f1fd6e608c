package org.scriptorium.publishers.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;
import org.scriptorium.core.publishing.Publisher;
import org.scriptorium.core.publishing.PublishingContext;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlueskyPublishingTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private FakePds pds;
    private Studio studio;

    @BeforeEach
    void start() throws Exception {
        pds = new FakePds();
        studio = TestStudios.open(dataDir);
    }

    @AfterEach
    void stop() {
        if (studio != null) {
            studio.close();
        }
        pds.close();
    }

    private Account connect() {
        return studio.publishing().connector(Network.BLUESKY)
                .signIn(new ConnectOptions(pds.url(), "@" + FakePds.HANDLE, FakePds.APP_PASSWORD, null, null)).getFirst();
    }

    @Test
    void connectsPublishesWithFacetsOnUtf8BytesAndImagesAndKeepsSecretsOutOfTheDatabase() throws Exception {
        Account account = connect();
        assertThat(account.name()).isEqualTo("Ana Lima");
        assertThat(account.externalId()).isEqualTo(FakePds.DID);
        assertThat(studio.publishing().accounts().list()).singleElement().extracting(Account::handle).isEqualTo(FakePds.HANDLE);

        String text = "Grid upgrade 🇩🇪 with @bob.example.com and @nobody.example: https://example.org/grid #Energy";
        Published text1 = studio.publishing().publishNow(account, OutgoingPost.text(text));
        assertThat(text1.url().toString()).startsWith("https://bsky.app/profile/" + FakePds.HANDLE + "/post/");
        JsonNode record = pds.records.values().iterator().next();
        assertThat(record.path("text").asText()).isEqualTo(text);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        List<String> covered = new java.util.ArrayList<>();
        record.path("facets").forEach(f -> covered.add(new String(utf8, f.path("index").path("byteStart").asInt(),
                f.path("index").path("byteEnd").asInt() - f.path("index").path("byteStart").asInt(), StandardCharsets.UTF_8)
                + "=" + f.path("features").get(0).path("$type").asText().replace("app.bsky.richtext.facet#", "")));
        // The flag is 8 bytes in UTF-8, so character offsets would be wrong here; an unresolvable handle stays text.
        assertThat(covered).containsExactlyInAnyOrder("https://example.org/grid=link", "@bob.example.com=mention", "#Energy=tag");

        Path png = files.resolve("cover.png");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        studio.publishing().publishNow(account, new OutgoingPost("With a cover", List.of(new PostImage(png, "A grey title card")), null, null));
        JsonNode withImage = pds.records.values().stream().filter(r -> r.path("text").asText().equals("With a cover")).findFirst().orElseThrow();
        assertThat(withImage.path("embed").path("$type").asText()).isEqualTo("app.bsky.embed.images");
        assertThat(withImage.path("embed").path("images").get(0).path("alt").asText()).isEqualTo("A grey title card");
        assertThat(withImage.path("embed").path("images").get(0).path("image").path("ref").path("$link").asText()).startsWith("bafkreiblob");
        assertThat(pds.uploadedTypes).containsExactly("image/png");

        studio.publishing().disconnect(account);
        assertThat(studio.publishing().accounts().list()).isEmpty();
        assertThat(studio.publishing().accounts().secrets().get(account.id(), org.scriptorium.core.accounts.AccountSecrets.Kind.APP_PASSWORD)).isEmpty();
        studio.close();
        studio = null;
        try (var db = Files.walk(dataDir.resolve("db"))) {
            for (Path file : db.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).doesNotContain(FakePds.APP_PASSWORD).doesNotContain("refresh-1");
            }
        }
    }

    @Test
    void aWrongAppPasswordIsSaidPlainlyAndConnectsNothing() {
        assertThatThrownBy(() -> studio.publishing().connector(Network.BLUESKY)
                .signIn(new ConnectOptions(pds.url(), FakePds.HANDLE, "wrong-pass-word-here", null, null)))
                .isInstanceOf(ScriptoriumException.class).hasMessageContaining("app password").hasMessageNotContaining("wrong-pass");
        assertThat(studio.publishing().accounts().list()).isEmpty();
    }

    @Test
    void anExpiredSessionIsRefreshedAndTheProblemsOfAPostAreAllSaidAtOnce() throws Exception {
        Account account = connect();
        pds.expireNextAccess = true;
        studio.publishing().publishNow(account, OutgoingPost.text("After a refresh"));
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).contains("After a refresh");

        Path png = files.resolve("p.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        List<PostImage> five = java.util.Collections.nCopies(5, new PostImage(png, ""));
        var problems = studio.publishing().validate(account, new OutgoingPost("é".repeat(301), five, null, null));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).message()).contains("301").contains("300");
        assertThat(problems.get(1).message()).isEqualTo("The post has 5 images; Bluesky takes up to 4.");
    }

    @Test
    void aPostOverThreeThousandBytesIsRefusedAndNoFacetDeclaresMoreOrOtherThanItsText() {
        Account account = connect();
        String families = "👨‍👩‍👧‍👦".repeat(125); // 125 graphemes, 3,125 bytes
        assertThat(studio.publishing().validate(account, OutgoingPost.text(families))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("3125 bytes", "3000"));

        String text = "Plan: https://example.org/grid\u00a0today, example.com/map) and https:///broken.example.org #Grid";
        studio.publishing().publishNow(account, OutgoingPost.text(text));
        JsonNode record = pds.records.values().stream().filter(r -> r.path("text").asText().equals(text)).findFirst().orElseThrow();
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        List<String> sent = new java.util.ArrayList<>();
        record.path("facets").forEach(f -> {
            int start = f.path("index").path("byteStart").asInt();
            JsonNode feature = f.path("features").get(0);
            sent.add(new String(utf8, start, f.path("index").path("byteEnd").asInt() - start, StandardCharsets.UTF_8) + " -> "
                    + feature.path("uri").asText(feature.path("tag").asText()));
        });
        // The link stops at the no-break space, a bare domain gets its scheme, an unbalanced ")" stays text, and a
        // link the network's schema refuses ("https:///…") goes out as plain text.
        assertThat(sent).containsExactly("https://example.org/grid -> https://example.org/grid",
                "example.com/map -> https://example.com/map", "#Grid -> Grid");
    }

    @Test
    void aTimeoutAfterTheRecordWasSentIsAnUnknownOutcomeThatReconciliationResolvesWithoutASecondPost() {
        Account account = connect();
        OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(1, TimeUnit.SECONDS).build();
        Publisher publisher = new BlueskyModule().publisher(account, new PublishingContext(impatient, Clock.systemUTC(),
                studio.publishing().endpoints(), studio.publishing().accounts()));
        PublishJob job = new PublishJob(UUID.randomUUID(), "key-1", Instant.parse("2026-11-23T09:00:00Z"), OutgoingPost.text("Exactly once"));
        pds.stallCreate = true;

        assertThatThrownBy(() -> publisher.publish(job)).isInstanceOfSatisfying(PublishException.class,
                e -> assertThat(e.kind()).isEqualTo(PublishException.Kind.OUTCOME_UNKNOWN));
        assertThat(pds.createRecordCalls).hasSize(1); // no silent retry

        pds.stallCreate = false;
        Published found = publisher.reconcile(job).orElseThrow();
        assertThat(found.postId()).endsWith("/" + RecordKey.of(job.id(), job.createdAt()));
        // A retry of the same job collides with its own key: today's PDS says so with a 500, an outcome as unknown as a
        // timeout, which the lookup resolves; a PDS that names the clash gives the post at once.
        assertThatThrownBy(() -> publisher.publish(job)).isInstanceOfSatisfying(PublishException.class,
                e -> assertThat(e.kind()).isEqualTo(PublishException.Kind.OUTCOME_UNKNOWN));
        assertThat(publisher.reconcile(job)).contains(found);
        pds.namesExistingRecords = true;
        Published again = publisher.publish(job);
        assertThat(again.postId()).isEqualTo(found.postId());
        assertThat(pds.records).hasSize(1);

        PublishJob other = new PublishJob(UUID.randomUUID(), "key-2", Instant.parse("2026-11-23T09:05:00Z"), OutgoingPost.text("Never sent"));
        assertThat(publisher.reconcile(other)).isEmpty();
    }

    @Test
    void aRateLimitIsRetryableAfterTheResetTheServerGave() {
        Account account = connect();
        pds.rateLimited = true;
        assertThatThrownBy(() -> studio.publishing().publishNow(account, OutgoingPost.text("Too fast")))
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PublishException.Kind.RETRYABLE);
                    assertThat(e.retryAfter()).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(121));
                });
    }
}

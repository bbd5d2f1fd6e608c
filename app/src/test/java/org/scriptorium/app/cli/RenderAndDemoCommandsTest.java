package org.scriptorium.app.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RenderAndDemoCommandsTest {
    @TempDir
    Path dataDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dataDir);
    }

    @Test
    void renderPrintsTheSanitizedHtmlThePreviewShows() {
        String id = cli.run("draft", "new", "--title", "Hostile", "--json", "--body",
                "# Hi\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n[x](javascript:alert(3)) ~~old~~\n\n![logo](https://example.org/a.png)")
                .json().get("id").asText();

        Result fragment = cli.run("draft", "render", id);
        assertThat(fragment.exitCode()).isZero();
        assertThat(fragment.out()).contains("<h1", "Hi</h1>", "<del>old</del>")
                .contains("class=\"blocked-image\"")
                .doesNotContain("<script", "onerror", "javascript:", "src=\"https://example.org/a.png\"");

        Result page = cli.run("draft", "render", id, "--page", "--remote-images");
        assertThat(page.out()).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy", "src=\"https://example.org/a.png\"");
    }

    @Test
    void demoAddsTheSampleDraftsOnceAndRenderOfAnUnknownIdFails() {
        assertThat(cli.run("demo").out()).isEqualTo("Added 4 sample drafts.\n");
        assertThat(cli.run("demo").out()).isEqualTo("The demo workspace's drafts are already here.\n");
        assertThat(cli.drafts()).hasSize(4);

        Result unknown = cli.run("draft", "render", "01234567-89ab-7def-8123-456789abcdef");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("scriptorium: No draft with id 01234567-89ab-7def-8123-456789abcdef.\n");
    }
}

package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.RevisionReason;
import org.scriptorium.core.drafts.RevisionSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class DraftCommandsTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private CliRunner cli;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        cli = new CliRunner(dataDir);
    }

    @Test
    void newTakesTheFileTextAsItIsAndPrintsTheDraftAsJson() throws IOException {
        String text = "---\nlayout: post\n---\n# Hi\n\nThree small words.\n";
        Path file = Files.writeString(folder.resolve("post.md"), text);

        Result result = cli.run("draft", "new", "--title", "From a file", "--file", file.toString(),
                "--tag", "java", "--tag", "#notes", "--status", "Ready", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode draft = result.json();
        assertThat(draft.get("title").asText()).isEqualTo("From a file");
        assertThat(draft.get("status").asText()).isEqualTo("ready");
        assertThat(texts(draft.get("tags"))).containsExactly("java", "notes");
        assertThat(draft.get("wordCount").asInt()).isEqualTo(4);
        assertThat(draft.get("readingMinutes").asInt()).isEqualTo(1);
        assertThat(draft.get("trashed").asBoolean()).isFalse();
        assertThat(draft.get("createdAt").asText()).endsWith("Z");
        assertThat(Instant.parse(draft.get("updatedAt").asText())).isEqualTo(Instant.parse(draft.get("createdAt").asText()));
        assertThat(draft.has("body")).isFalse();
        UUID id = UUID.fromString(draft.get("id").asText());
        assertThat(cli.draft(id.toString()).body()).isEqualTo(text);
        assertThat(cli.revisions(id.toString())).extracting(RevisionSummary::reason)
                .containsExactly(RevisionReason.EDITED_FROM_CLI);
    }

    @Test
    void listPrintsAnAlignedTableWhoseShortIdsCanBeTypedBack() {
        createJson("Alpha", "--status", "ready", "--tag", "java");
        createJson("Beta", "--tag", "Go");
        String gamma = createJson("Gamma").get("id").asText();
        cli.run("draft", "delete", gamma);

        List<String> lines = cli.run("draft", "list").outLines();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("ID").contains("STATUS", "WORDS", "UPDATED", "TITLE", "TAGS");
        assertThat(lines.get(1)).contains("Beta", "draft", "Go").doesNotContain("Gamma");
        assertThat(lines.get(2)).contains("Alpha", "ready", "java").containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(lines.get(1).indexOf("Beta")).isEqualTo(lines.get(0).indexOf("TITLE"));
        assertThat(lines.get(2).indexOf("Alpha")).isEqualTo(lines.get(0).indexOf("TITLE"));
        String betaShort = lines.get(1).split(" ")[0];
        String alphaShort = lines.get(2).split(" ")[0];
        assertThat(betaShort).hasSizeGreaterThanOrEqualTo(8).isNotEqualTo(alphaShort);
        assertThat(cli.run("draft", "show", betaShort).outLines().getFirst()).isEqualTo("Beta");
        assertThat(cli.run("draft", "show", alphaShort).outLines().getFirst()).isEqualTo("Alpha");

        assertThat(titles(cli.run("draft", "list", "--status", "ready", "--json").json())).containsExactly("Alpha");
        assertThat(titles(cli.run("draft", "list", "--tag", "go", "--json").json())).containsExactly("Beta");
        JsonNode trash = cli.run("draft", "list", "--trashed", "--json").json();
        assertThat(titles(trash)).containsExactly("Gamma");
        assertThat(trash.get(0).get("trashed").asBoolean()).isTrue();
    }

    @Test
    void showPrintsTheFieldsAndTheWholeText() {
        String id = createJson("Notes", "--body", "First line.\n\nSecond line.", "--tag", "misc").get("id").asText();

        Result text = cli.run("draft", "show", id.substring(0, 13));
        JsonNode json = cli.run("draft", "show", id, "--json").json();

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("Notes\n").contains("id       " + id, "status   draft", "tags     misc", "words    4 (1 min read)")
                .endsWith("\n\nFirst line.\n\nSecond line.\n");
        assertThat(json.get("body").asText()).isEqualTo("First line.\n\nSecond line.");
        assertThat(json.get("id").asText()).isEqualTo(id);
    }

    @Test
    void editChangesOnlyWhatIsGivenAndKeepsAChangedTextInTheHistory() {
        String id = createJson("Post", "--body", "first text", "--tag", "a", "--tag", "b").get("id").asText();

        Result edited = cli.run("draft", "edit", id, "--body", "second text here", "--tag", "c", "--untag", "A",
                "--status", "published", "--json");
        Result statusOnly = cli.run("draft", "edit", id, "--status", "archived");

        assertThat(edited.exitCode()).isZero();
        assertThat(edited.json().get("status").asText()).isEqualTo("published");
        assertThat(texts(edited.json().get("tags"))).containsExactlyInAnyOrder("b", "c");
        assertThat(statusOnly.out()).startsWith("Updated " + id);
        DraftDocument stored = cli.draft(id);
        assertThat(stored.title()).isEqualTo("Post");
        assertThat(stored.body()).isEqualTo("second text here");
        assertThat(stored.status().label()).isEqualTo("archived");
        assertThat(cli.revisions(id)).extracting(RevisionSummary::wordCount)
                .containsExactly(3, 2);
    }

    @Test
    void searchFindsDraftsByWordsTypedInPart() {
        createJson("Sourdough starter", "--body", "Flour and water, then patience.");
        createJson("Tomato soup", "--body", "Tomatoes and water.");

        JsonNode both = cli.run("draft", "search", "wat", "--json").json();
        Result one = cli.run("draft", "search", "sourd", "flour");
        Result none = cli.run("draft", "search", "zucchini");

        assertThat(titles(both)).containsExactlyInAnyOrder("Sourdough starter", "Tomato soup");
        assertThat(one.outLines()).hasSize(2);
        assertThat(one.outLines().get(1)).contains("Sourdough starter");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).isEqualTo("No drafts match 'zucchini'.\n");
    }

    @Test
    void deleteMovesToTheTrashRestoreBringsBackAndEmptyTrashDeletesForGood() {
        String kept = createJson("Kept").get("id").asText();
        String gone = createJson("Gone").get("id").asText();

        assertThat(cli.run("draft", "delete", gone).out()).startsWith("Moved to the trash: " + gone);
        assertThat(titles(cli.run("draft", "list", "--json").json())).containsExactly("Kept");
        assertThat(cli.run("draft", "restore", gone).out()).startsWith("Restored: " + gone);
        assertThat(titles(cli.run("draft", "list", "--json").json())).containsExactlyInAnyOrder("Kept", "Gone");
        cli.run("draft", "delete", gone);
        Result emptied = cli.run("draft", "empty-trash");

        assertThat(emptied.out()).isEqualTo("Deleted 1 draft for good.\n");
        assertThat(cli.run("draft", "show", gone).exitCode()).isEqualTo(1);
        assertThat(cli.drafts()).extracting(s -> s.id().toString())
                .containsExactly(kept);
        assertThat(cli.run("draft", "empty-trash").out()).isEqualTo("The trash was already empty.\n");
    }

    @Test
    void historyDiffAndRevertWorkWithTheIdsHistoryPrints() {
        String id = createJson("Poem", "--body", "roses are red\nviolets are blue\n").get("id").asText();
        cli.run("draft", "edit", id, "--body", "roses are red\nviolets are purple\n");

        JsonNode history = cli.run("draft", "history", id, "--json").json();
        List<String> table = cli.run("draft", "history", id).outLines();
        String oldest = table.getLast().split(" ")[0];
        Result diff = cli.run("draft", "diff", id, oldest);
        Result revert = cli.run("draft", "revert", id, oldest);

        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("reason").asText()).isEqualTo("edited_from_cli");
        assertThat(Instant.parse(history.get(0).get("createdAt").asText()))
                .isAfterOrEqualTo(Instant.parse(history.get(1).get("createdAt").asText()));
        assertThat(table).hasSize(3);
        assertThat(table.getFirst()).startsWith("REVISION");
        assertThat(history.get(1).get("id").asText()).startsWith(oldest);
        assertThat(diff.exitCode()).isZero();
        assertThat(diff.outLines()).first().asString().startsWith("--- revision " + history.get(1).get("id").asText());
        assertThat(diff.outLines()).endsWith(" roses are red", "-violets are blue", "+violets are purple");
        assertThat(revert.exitCode()).isZero();
        UUID draftId = UUID.fromString(id);
        assertThat(cli.draft(id).body()).isEqualTo("roses are red\nviolets are blue\n");
        assertThat(cli.revisionBodies(id))
                .contains("roses are red\nviolets are purple\n");
    }

    @Test
    void exportThenImportReportsUnchangedAndCreatesNoDuplicate() throws IOException {
        String first = createJson("First: with a colon", "--body", "Text with \"quotes\"", "--tag", "x").get("id").asText();
        String second = createJson("Second").get("id").asText();
        Path out = folder.resolve("export");

        JsonNode exported = cli.run("draft", "export", "--out", out.toString(), "--json").json();
        JsonNode imported = cli.run("draft", "import", out.toString(), "--json").json();

        assertThat(exported).hasSize(2);
        assertThat(exported.findValuesAsText("outcome")).containsOnly("exported");
        assertThat(exported.findValuesAsText("id")).containsExactlyInAnyOrder(first, second);
        for (JsonNode entry : exported) {
            assertThat(Files.readString(Path.of(entry.get("file").asText()))).startsWith("---\nid: " + entry.get("id").asText());
        }
        assertThat(imported.findValuesAsText("outcome")).containsExactly("unchanged", "unchanged");
        assertThat(imported.findValuesAsText("title")).containsExactlyInAnyOrder("First: with a colon", "Second");
        assertThat(cli.drafts()).hasSize(2);

        Path onlyFirst = folder.resolve("one");
        assertThat(cli.run("draft", "export", "--out", onlyFirst.toString(), first.substring(0, 13)).exitCode()).isZero();
        try (var files = Files.list(onlyFirst)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("first-with-a-colon-" + first.substring(0, 8) + ".md");
        }
    }

    @Test
    void importingAPlainMarkdownFileCreatesADraftTitledByItsHeading() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.md"), "# Field notes\n\nSeen today.\n");

        Result result = cli.run("draft", "import", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.outLines().get(1)).startsWith("created").contains("Field notes", file.toString());
        assertThat(cli.drafts()).singleElement()
                .satisfies(d -> assertThat(d.title()).isEqualTo("Field notes"));
    }

    @Test
    void doctorReportsTheDataDirectoryVersionsAndCounts() {
        createJson("One");
        String trashed = createJson("Two").get("id").asText();
        cli.run("draft", "delete", trashed);

        JsonNode doctor = cli.run("doctor", "--json").json();
        Result text = cli.run("doctor");

        assertThat(doctor.get("dataDir").asText()).isEqualTo(dataDir.toAbsolutePath().normalize().toString());
        assertThat(doctor.get("schemaVersion").asText()).isEqualTo("15");
        assertThat(doctor.get("javaVersion").asText()).isEqualTo(Runtime.version().toString());
        assertThat(doctor.get("javafxVersion").asText()).matches("\\d+(\\.\\d+)*");
        assertThat(doctor.get("drafts").asInt()).isEqualTo(1);
        assertThat(doctor.get("trashedDrafts").asInt()).isEqualTo(1);
        assertThat(doctor.has("logFile")).isTrue();
        assertThat(text.out()).contains("Data directory  " + dataDir.toAbsolutePath().normalize(), "JavaFX          " + doctor.get("javafxVersion").asText());
    }

    @Test
    void theEnvironmentVariableChoosesTheDataDirectoryUnlessTheOptionIsGiven() {
        Path other = folder.resolve("other");
        var environment = java.util.Map.of("SCRIPTORIUM_DATA_DIR", other.toString());

        assertThat(CliRunner.runWith(environment, "draft", "new", "--title", "Via env").exitCode()).isZero();
        assertThat(CliRunner.runWith(environment, "--data-dir", dataDir.toString(), "draft", "new", "--title", "Via option").exitCode()).isZero();

        assertThat(new CliRunner(other).drafts())
                .extracting(s -> s.title()).containsExactly("Via env");
        assertThat(cli.drafts()).extracting(s -> s.title()).containsExactly("Via option");
    }

    @Test
    void helpAndVersionGoToStdout() {
        Result help = cli.run("draft", "new", "--help");
        Result version = CliRunner.runWith(java.util.Map.of(), "--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: scriptorium draft new").contains("--title=T", "draft, ready, scheduled, published, archived");
        assertThat(version.out()).matches("Scriptorium \\d+\\.\\d+\\.\\d+\\S*\\n");
        assertThat(help.err() + version.err()).isEmpty();
    }

    private JsonNode createJson(String title, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("draft", "new", "--title", title, "--json"));
        args.addAll(List.of(more));
        Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.json();
    }

    private static List<String> titles(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(d -> d.get("title").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}

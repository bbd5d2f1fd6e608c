package org.scriptorium.app.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CliErrorsTest {
    private static final String ABSENT = "0190aaaa-0000-7000-8000-000000000000";

    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dataDir);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "draft show ID", "draft edit ID --title New", "draft delete ID", "draft restore ID", "draft history ID",
            "draft diff ID 0190bbbb", "draft revert ID 0190bbbb", "draft export --out OUT ID"})
    void anUnknownIdFailsWithOneLineOnStderrAndNothingElse(String command) {
        String kept = created("Kept", "some text");

        Result result = cli.run(command.replace("ID", ABSENT).replace("OUT", folder.resolve("out").toString()).split(" "));

        assertFailed(result, 1, "scriptorium: No draft with id " + ABSENT + ".");
        assertThat(folder.resolve("out")).doesNotExist();
        DraftDocument after = cli.draft(kept);
        assertThat(after.title()).isEqualTo("Kept");
        assertThat(after.trashedAt()).isNull();
    }

    @Test
    void anExportWithOneUnknownIdAmongGoodOnesWritesNothing() {
        String good = created("Good", "text");
        Path out = folder.resolve("out");

        Result result = cli.run("draft", "export", "--out", out.toString(), good, ABSENT);

        assertFailed(result, 1, "scriptorium: No draft with id " + ABSENT + ".");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownRevisionIdFails() {
        String id = created("Poem", "text");

        assertFailed(cli.run("draft", "diff", id, "ffffffff"), 1, "scriptorium: No revision with id ffffffff.");
        assertFailed(cli.run("draft", "revert", id, "ffffffff"), 1, "scriptorium: No revision with id ffffffff.");
    }

    @Test
    void aMissingOrUnreadableFileFailsAndChangesNothing() throws IOException {
        Path missing = folder.resolve("missing.md");
        Path binary = Files.write(folder.resolve("binary.md"), new byte[]{(byte) 0xC3, (byte) 0x28});
        String id = created("Before", "old text");

        assertFailed(cli.run("draft", "new", "--title", "T", "--file", missing.toString()), 1,
                "scriptorium: Cannot read the file " + missing + ".");
        assertFailed(cli.run("draft", "edit", id, "--title", "After", "--file", binary.toString()), 1,
                "scriptorium: The file " + binary + " is not UTF-8 text.");
        assertFailed(cli.run("draft", "import", missing.toString()), 1, "scriptorium: No such file or folder: " + missing);

        assertThat(cli.drafts()).singleElement()
                .satisfies(draft -> assertThat(draft.title()).isEqualTo("Before"));
        assertThat(cli.draft(id).body()).isEqualTo("old text");
    }

    @Test
    void anInvalidStatusIsBadUsageAndChangesNothing() {
        Result onNew = cli.run("draft", "new", "--title", "T", "--status", "finished");
        String id = created("Before", "text");
        Result onEdit = cli.run("draft", "edit", id, "--title", "After", "--status", "done");

        assertThat(onNew.exitCode()).isEqualTo(2);
        assertThat(onNew.out()).isEmpty();
        assertThat(onNew.err().lines().toList()).singleElement().asString()
                .startsWith("scriptorium: ").contains("'finished'", "draft, ready, scheduled, published, archived");
        assertThat(onEdit.exitCode()).isEqualTo(2);
        assertThat(cli.drafts()).singleElement()
                .satisfies(draft -> assertThat(draft.title()).isEqualTo("Before"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "draft new --title T --frob",
            "draft new",
            "draft new --title T --file a.md --body text",
            "draft show",
            "draft diff ID",
            "draft edit ID",
            "draft",
            "draft list --status someday",
            "draft fly"})
    void badUsageExitsWithTwoAndOneLine(String command) {
        String id = created("Kept", "text");
        Result result = cli.run(command.replace("ID", id).split(" "));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).singleElement().asString().startsWith("scriptorium: ").endsWith("--help'.");
        assertThat(cli.drafts()).hasSize(1);
    }

    @Test
    void theUsageLineNamesWhatWasWrong() {
        assertThat(cli.run("draft", "new", "--title", "T", "--frob").err())
                .isEqualTo("scriptorium: Unknown option: '--frob'. See 'scriptorium draft new --help'.\n");
        assertThat(cli.run("draft", "new").err())
                .isEqualTo("scriptorium: Missing required option: '--title=T'. See 'scriptorium draft new --help'.\n");
        assertThat(cli.run("draft", "new", "--title", "  ").err())
                .isEqualTo("scriptorium: A draft needs a title. See 'scriptorium draft new --help'.\n");
    }

    @Test
    void helpListsEveryCommandAndAMistypedOneIsBadUsage() {
        // An invocation builds only the command it names; help and a mistyped name still see all of them.
        Result help = cli.run("--help");
        assertThat(help.exitCode()).isZero();
        for (String command : new String[]{"draft", "source", "document", "topic", "research", "config", "provider", "write",
                "image", "usage", "account", "publish-text", "post", "publish-due", "jobs", "calendar", "queue", "demo", "doctor"}) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + command + "\\s");
        }

        Result mistyped = cli.run("drafts", "list");
        assertThat(mistyped.exitCode()).isEqualTo(2);
        assertThat(mistyped.err()).isEqualTo("scriptorium: Unmatched arguments from index 2: 'drafts', 'list'. See 'scriptorium --help'.\n");
    }

    private String created(String title, String body) {
        Result result = cli.run("draft", "new", "--title", title, "--body", body, "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.json().get("id").asText();
    }

    private static void assertFailed(Result result, int exitCode, String stderr) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(stderr + "\n");
    }
}

package org.scriptorium.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.documents.IncomingDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The drafts and the documents each have a search index of their own: one that breaks is rebuilt alone. */
class SearchIndexesTest {
    @TempDir
    Path dataDir;

    private UUID draft;
    private UUID document;

    @Test
    void aCorruptDraftsIndexIsRebuiltAndTheDocumentsIndexIsLeftAsItWas() throws Exception {
        writeOneOfEach();
        Map<String, String> documentsIndex = files(indexFolder("documents"));

        corrupt(indexFolder("drafts"));

        assertBothAreFound();
        assertThat(files(indexFolder("documents"))).isEqualTo(documentsIndex);
    }

    @Test
    void aCorruptDocumentsIndexIsRebuiltAndTheDraftsIndexIsLeftAsItWas() throws Exception {
        writeOneOfEach();
        Map<String, String> draftsIndex = files(indexFolder("drafts"));

        corrupt(indexFolder("documents"));

        assertBothAreFound();
        assertThat(files(indexFolder("drafts"))).isEqualTo(draftsIndex);
    }

    @Test
    void aDataDirectoryWithTheEarlierLayoutKeepsBothSearchable() throws Exception {
        writeOneOfEach();
        // Before each index had its own folder, the drafts index was the files of search-index/ itself.
        Path root = dataDir.resolve("search-index");
        Map<String, String> draftsIndex = files(indexFolder("drafts"));
        try (Stream<Path> files = Files.list(indexFolder("drafts"))) {
            for (Path file : files.toList()) {
                Files.move(file, root.resolve(file.getFileName()));
            }
        }
        Files.delete(indexFolder("drafts"));

        assertBothAreFound();
        try (Stream<Path> entries = Files.list(root)) {
            assertThat(entries.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("drafts", "documents");
        }
        assertThat(files(indexFolder("drafts"))).as("moved, not rebuilt").isEqualTo(draftsIndex);
    }

    private void writeOneOfEach() {
        try (Studio studio = Studio.open(dataDir)) {
            draft = studio.drafts().create(new NewDraft("Harbour notes", "The storm reached the pier.", null, List.of())).id();
            document = studio.research().documents().add(null, new IncomingDocument("g1", "https://example.com/gale",
                    "Gale warning", null, null, "Gusts along the coast.", null, "en", null, null)).id();
            studio.drafts().prepareSearch();
            assertThat(studio.research().documents().search("gusts")).extracting(DocumentSummary::id).containsExactly(document);
        }
    }

    private void assertBothAreFound() {
        try (Studio studio = Studio.open(dataDir)) {
            assertThat(studio.drafts().search("storm", DraftFilter.ALL)).extracting(DraftSummary::id).containsExactly(draft);
            assertThat(studio.research().documents().search("gusts")).extracting(DocumentSummary::id).containsExactly(document);
        }
    }

    private Path indexFolder(String name) {
        return dataDir.resolve("search-index").resolve(name);
    }

    private static void corrupt(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "garbage");
            }
        }
    }

    /** Each file of an index by name, with a digest of its bytes (Lucene's lock file aside). */
    private static Map<String, String> files(Path index) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(index)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                    files.put(file.getFileName().toString(), HexFormat.of().formatHex(digest));
                }
            }
        }
        assertThat(files).as("index files in %s", index).isNotEmpty();
        return files;
    }
}

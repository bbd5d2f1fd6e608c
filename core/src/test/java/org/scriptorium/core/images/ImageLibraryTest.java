package org.scriptorium.core.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageLibraryTest {
    @TempDir
    Path folder;

    private final CoverRenderer renderer = new CoverRenderer();

    private byte[] card(String title) {
        return renderer.renderPng(CoverSpec.defaults(title, null), new ImageSize(320, 180));
    }

    @Test
    void storedImageIsFiledUnderItsHashAndReadsBackTheSame() {
        ImageLibrary library = new ImageLibrary(folder);
        byte[] png = card("A library of one");

        StoredImage stored = library.store(png, "image/png");

        assertThat(stored.hash()).isEqualTo(ImageLibrary.sha256(png)).hasSize(64);
        assertThat(stored.path()).isEqualTo(folder.resolve(stored.hash().substring(0, 2)).resolve(stored.hash() + ".png"));
        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.width()).isEqualTo(320);
        assertThat(stored.height()).isEqualTo(180);
        assertThat(stored.bytes()).isEqualTo(png.length);
        assertThat(library.path(stored.hash())).isEqualTo(stored.path());
        assertThat(library.read(stored.hash())).isEqualTo(png);
    }

    @Test
    void storingTheSameBytesTwiceWritesOneFileOnce() throws IOException {
        ImageLibrary library = new ImageLibrary(folder);
        byte[] png = card("Twice");
        StoredImage first = library.store(png, "image/png");
        FileTime marked = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(first.path(), marked);

        StoredImage second = library.store(png.clone(), "image/png");

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second.path())).isEqualTo(marked); // not rewritten
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(first.path()); // no temp file left behind
        }
        assertThat(library.store(card("Something else"), "image/png").hash()).isNotEqualTo(first.hash());
    }

    @Test
    void mislabelledBytesAreStoredAsWhatTheyReallyAre() {
        ImageLibrary library = new ImageLibrary(folder);

        StoredImage stored = library.store(card("Really a PNG"), "image/jpeg");

        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.path().getFileName().toString()).endsWith(".png");
    }

    @Test
    void unknownHashIsAbsentAndAPathInsteadOfAHashIsRefused() {
        ImageLibrary library = new ImageLibrary(folder);
        String missing = "ab".repeat(32);

        assertThat(library.path(missing)).isNull();
        assertThatThrownBy(() -> library.read(missing)).isInstanceOf(ImageNotFound.class).hasMessageContaining("abababab");
        assertThatThrownBy(() -> library.path("../../etc/passwd")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void textIsNotStored() {
        ImageLibrary library = new ImageLibrary(folder);

        assertThatThrownBy(() -> library.store("just some words, not pixels".getBytes(StandardCharsets.UTF_8), "image/png"))
                .isInstanceOf(InvalidInput.class);
        assertThat(folder).isEmptyDirectory();
    }
}

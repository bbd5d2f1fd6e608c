package org.scriptorium.core.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftImageImportTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path desktop;

    @Test
    void aDroppedImageIsKeptForTheDraftAndItsMarkdownShowsItInThePreviewWithoutAFetch() throws Exception {
        Path photo = desktop.resolve("harbour-at-dawn.png");
        ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        Path notAnImage = Files.writeString(desktop.resolve("notes.png"), "just text");
        try (Studio studio = TestStudios.open(dataDir)) {
            var draft = studio.drafts().create(new NewDraft("Harbour", "Morning.", DraftStatus.DRAFT, List.of()));

            DraftImages.Imported imported = studio.images().importFile(draft.id(), photo, null);
            assertThat(imported.markdown()).matches("!\\[harbour at dawn]\\(images/[0-9a-f]{64}\\.png\\)");
            assertThat(studio.images().of(draft.id())).singleElement().satisfies(i -> assertThat(i.altText()).isEqualTo("harbour at dawn"));
            assertThat(studio.images().markdownFor(imported.image())).isEqualTo(imported.markdown());

            String html = studio.markdown().fragment("Morning.\n\n" + imported.markdown());
            assertThat(html).contains("<img src=\"data:image/png;base64,").contains("alt=\"harbour at dawn\"");
            // An address the library does not have stays as written: nothing is invented, nothing fetched.
            assertThat(studio.markdown().fragment("![x](images/" + "0".repeat(64) + ".png)")).contains("src=\"images/" + "0".repeat(64) + ".png\"");

            assertThatThrownBy(() -> studio.images().importFile(draft.id(), notAnImage, null)).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("PNG, JPEG");
            assertThat(studio.images().of(draft.id())).hasSize(1); // the refused file left nothing behind
        }
    }
}

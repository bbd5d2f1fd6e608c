package org.scriptorium.app.drafts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.AreaMessage;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.app.common.Notices;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImageInsertionTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path desktop;

    @Test
    void droppedImagesGoInAtTheCursorAndAFileThatIsNotAnImageIsRefusedWithItsReason() throws Exception {
        Path photo = desktop.resolve("pier.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        Path fake = Files.writeString(desktop.resolve("fake.jpg"), "not a picture");
        assertThat(ImageInsertion.isImage(photo)).isTrue();
        assertThat(ImageInsertion.isImage(desktop.resolve("notes.txt"))).isFalse();
        try (Studio studio = TestStudios.open(dataDir)) {
            var draft = studio.drafts().create(new NewDraft("Pier", "Text.", DraftStatus.DRAFT, List.of()));
            Notices notices = new Notices((after, then) -> { });
            AreaMessage said = new AreaMessage();
            said.showIn(notices);
            ImageInsertion insertion = new ImageInsertion(new DirectTaskRunner(),
                    (id, file) -> studio.images().importFile(id, file, null).markdown(), draft::id, said);
            List<String> inserted = new ArrayList<>();

            insertion.insert(List.of(photo, fake), inserted::add);

            assertThat(inserted).singleElement().satisfies(md -> assertThat(md).startsWith("![pier](images/"));
            assertThat(notices.shown()).anySatisfy(n -> {
                assertThat(n.kind()).isEqualTo(Notices.Kind.ERROR);
                assertThat(n.text()).startsWith("Not added: fake.jpg:");
            });
            assertThat(studio.images().of(draft.id())).hasSize(1);
        }
    }
}

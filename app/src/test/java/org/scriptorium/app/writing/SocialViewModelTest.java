package org.scriptorium.app.writing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.writing.social.Platform;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SocialViewModelTest {
    @TempDir
    Path dataDir;

    @Test
    void pastedTextBecomesAThreadWhosePartsAllFitAndAnEditIsRecountedTheWayThePlatformCounts() {
        try (Studio studio = TestStudios.open(dataDir)) {
            SocialViewModel model = new SocialViewModel(new DirectTaskRunner(), studio.writing().writing(), "Draft", "Unused draft text.");
            model.fromProperty().set(SocialViewModel.From.PASTED_TEXT);
            model.platformProperty().set(Platform.X);
            model.pastedProperty().set("Heat pumps outsold gas boilers for the first time this quarter. ".repeat(3)
                    + "Installers say grants that cover a third of the cost drove most of the growth. ".repeat(4)
                    + "It is not yet known whether sales will hold up when the grants end next year. ".repeat(3));

            model.generate();

            assertThat(model.parts().size()).isGreaterThan(1);
            assertThat(model.parts()).allSatisfy(part -> assertThat(model.fits(part)).as(part).isTrue());
            assertThat(model.count("A link https://example.org/a/very/long/path/that/x/counts/as/23 👍🏽")).isEqualTo("33 / 280");
        }
    }

    @Test
    void eachPlatformKeepsItsOwnTextWhenTheUserSwitchesBetweenThem() {
        try (Studio studio = TestStudios.open(dataDir)) {
            SocialViewModel model = new SocialViewModel(new DirectTaskRunner(), studio.writing().writing(), "Heat pumps",
                    "Heat pumps outsold gas boilers for the first time this quarter. Installers credit the grants.");
            model.platformProperty().set(Platform.X);
            model.generate();
            model.edited(0, "My own words for X");

            model.platformProperty().set(Platform.LINKEDIN);
            assertThat(model.parts()).isEmpty(); // not written for LinkedIn yet
            model.generate();
            String linkedIn = model.parts().getFirst();
            model.platformProperty().set(Platform.X);

            assertThat(model.parts()).first().isEqualTo("My own words for X");
            model.platformProperty().set(Platform.LINKEDIN);
            assertThat(model.parts()).containsExactly(linkedIn);
        }
    }

    @Test
    void askingForAPageWithoutAnAddressSaysWhatIsMissing() {
        try (Studio studio = TestStudios.open(dataDir)) {
            SocialViewModel model = new SocialViewModel(new DirectTaskRunner(), studio.writing().writing(), "Draft", "Text.");
            model.fromProperty().set(SocialViewModel.From.WEB_PAGE);

            model.generate();

            assertThat(model.statusProperty().get()).contains("address");
            assertThat(model.parts()).isEmpty();
        }
    }
}

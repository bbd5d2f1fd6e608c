package org.scriptorium.app.writing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.writing.usage.ModelPrice;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PricesViewModelTest {
    @TempDir
    Path dataDir;

    @Test
    void aPriceEditedInTheWindowCostsTheNextCallsAndABadAmountChangesNothing() {
        try (Studio studio = TestStudios.open(dataDir)) {
            PricesViewModel prices = new PricesViewModel(new DirectTaskRunner(), studio.usage());
            prices.load();
            assertThat(prices.prices()).extracting(ModelPrice::modelPrefix).contains("gpt-4o-mini"); // the seeded table

            prices.selectedProperty().set(prices.prices().stream().filter(p -> p.modelPrefix().equals("gpt-4o-mini")).findFirst().orElseThrow());
            assertThat(prices.prefixProperty().get()).isEqualTo("gpt-4o-mini");
            prices.outputProperty().set("$0.80");
            prices.save();
            assertThat(studio.usage().priceFor("gpt-4o-mini-2024-07-18").orElseThrow().cost(0, 1_000_000, 0)).isEqualByComparingTo("0.80");

            prices.prefixProperty().set("my-finetune");
            prices.inputProperty().set("1,5");
            prices.outputProperty().set("two dollars");
            prices.save();
            assertThat(prices.statusProperty().get()).contains("output price").contains("two dollars");
            assertThat(studio.usage().priceFor("my-finetune")).isEmpty();

            prices.outputProperty().set("2");
            prices.save();
            assertThat(studio.usage().priceFor("my-finetune-v3").orElseThrow().cost(1_000_000, 1_000_000, 0)).isEqualByComparingTo("3.5");

            prices.selectedProperty().set(prices.prices().stream().filter(p -> p.modelPrefix().equals("my-finetune")).findFirst().orElseThrow());
            prices.remove();
            assertThat(studio.usage().priceFor("my-finetune-v3")).isEmpty();
            assertThat(prices.prices()).extracting(ModelPrice::modelPrefix).doesNotContain("my-finetune");
        }
    }
}

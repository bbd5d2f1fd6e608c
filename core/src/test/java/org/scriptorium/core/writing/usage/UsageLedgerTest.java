package org.scriptorium.core.writing.usage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.writing.ai.ProviderException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsageLedgerTest {
    @TempDir
    Path dataDir;

    @Test
    void callsAreCostedFromTheEditablePriceTableAndAddUpPerDraftAndMonth() {
        // The calls are made on 1 January 2027 at 00:30 in Berlin: still December in UTC, January for this user.
        try (Studio studio = Studio.open(dataDir, TestStudios.runningFrom(java.time.ZonedDateTime.of(2027, 1, 1, 0, 30, 0, 0,
                java.time.ZoneId.of("Europe/Berlin"))))) {
            UsageLedger ledger = studio.usage();
            UUID draft = UUID.randomUUID();

            UsageEntry mini = ledger.record(call("gpt-4o-mini-2024-07-18", 10_000, 2_000, 0, draft), false);
            UsageEntry local = ledger.record(call("llama3.1:8b", 50_000, 9_000, 0, draft), true);
            ledger.setPrice(ModelPrice.of("gpt-4o-mini", "1", "2", "0"));
            UsageEntry repriced = ledger.record(call("gpt-4o-mini", 1_000_000, 0, 0, null), false);
            UsageEntry image = ledger.record(call("gpt-image-1", 0, 0, 2, draft), false);

            // 10,000 x 0.15 / 1M + 2,000 x 0.60 / 1M = 0.0015 + 0.0012
            assertThat(mini.costUsd()).isEqualByComparingTo("0.0027");
            assertThat(local.costUsd()).isEqualByComparingTo("0");
            assertThat(repriced.costUsd()).isEqualByComparingTo("1");
            assertThat(image.costUsd()).isEqualByComparingTo("0.084");
            assertThat(UsageLedger.total(ledger.forDraft(draft))).isEqualByComparingTo("0.0867");
            assertThat(UsageLedger.total(ledger.month(java.time.YearMonth.of(2027, 1)))).isEqualByComparingTo("1.0867");
            assertThat(ledger.month(java.time.YearMonth.of(2026, 12))).isEmpty();
        }
    }

    @Test
    void aCallThatWouldPassTheMonthlyBudgetIsRefusedBeforeItIsMade() {
        try (Studio studio = TestStudios.open(dataDir)) {
            UsageLedger ledger = studio.usage();
            ledger.setBudget("1.00");
            ledger.record(call("claude-sonnet-4", 200_000, 20_000, 0, null), false); // 0.60 + 0.30

            assertThatThrownBy(() -> ledger.checkBudget("claude-sonnet-4", 10_000, 8_000, 0, false))
                    .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(ProviderException.Kind.BUDGET))
                    .hasMessageContaining("monthly AI budget of $1.00").hasMessageContaining("$0.90");
            ledger.checkBudget("llama3.1", 10_000_000, 1_000_000, 0, true); // local models are never refused
            ledger.checkBudget("claude-sonnet-4", 10_000, 1_000, 0, false); // 0.03 + 0.015 still fits
            assertThat(ledger.budget()).contains(new BigDecimal("1.00"));
        }
    }

    private static AiCall call(String model, int in, int out, int images, UUID draft) {
        return new AiCall("test", model, "draft", in, out, images, Duration.ofMillis(900), AiCall.Outcome.OK, draft, null);
    }
}

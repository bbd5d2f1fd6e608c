package org.scriptorium.app.cli;

import org.scriptorium.core.writing.usage.ModelPrice;
import org.scriptorium.core.writing.usage.UsageEntry;
import org.scriptorium.core.writing.usage.UsageLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code scriptorium usage}: what AI calls cost, by month; the budget and the price table. */
@Command(name = "usage", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Show AI calls and their cost for a month (default: this one).",
        subcommands = {UsageCommand.Budget.class, UsageCommand.PriceCommand.class})
final class UsageCommand extends StudioCommand {
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month to show.")
    String month;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        UsageLedger ledger = studio().usage();
        YearMonth wanted;
        try {
            wanted = month == null ? ledger.thisMonth() : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw usage("A month is written YYYY-MM, e.g. 2026-11; got " + month + ".");
        }
        List<UsageEntry> calls = ledger.month(wanted);
        BigDecimal total = UsageLedger.total(calls);
        if (json.enabled) {
            var node = JsonOutput.object();
            node.put("month", wanted.toString());
            node.put("totalUsd", total);
            node.put("budgetUsd", ledger.budget().orElse(null));
            node.set("calls", JsonOutput.array(calls, c -> {
                var call = JsonOutput.object();
                call.put("at", c.calledAt().toString());
                call.put("provider", c.provider());
                call.put("model", c.model());
                call.put("purpose", c.purpose());
                call.put("inputTokens", c.inputTokens());
                call.put("outputTokens", c.outputTokens());
                call.put("images", c.images());
                call.put("latencyMs", c.latencyMs());
                call.put("costUsd", c.costUsd());
                call.put("outcome", c.outcome());
                call.put("draftId", c.draftId() == null ? null : c.draftId().toString());
                call.put("topicId", c.topicId() == null ? null : c.topicId().toString());
                return call;
            }));
            JsonOutput.print(out(), node);
            return;
        }
        out().println(wanted + ": " + calls.size() + " AI calls, $" + total.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString()
                + ledger.budget().map(b -> " of a $" + b.toPlainString() + " budget").orElse(""));
        Map<String, BigDecimal> byModel = new TreeMap<>();
        calls.forEach(c -> byModel.merge(c.provider() + " · " + c.model(), c.costUsd(), BigDecimal::add));
        List<List<String>> rows = new ArrayList<>();
        if (!byModel.isEmpty()) {
            rows.add(List.of("PROVIDER · MODEL", "COST"));
            byModel.forEach((k, v) -> rows.add(List.of(k, "$" + v.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString())));
            TextOutput.table(out(), rows, 1);
        }
    }

    @Command(name = "budget", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Set the monthly AI budget in US dollars (none to remove it); a call that would pass it is refused.")
    static final class Budget extends StudioCommand {
        @Parameters(paramLabel = "AMOUNT", description = "e.g. 20, 7.50, or none.")
        String amount;

        @Override
        void run() {
            asUsage(() -> {
                studio().usage().setBudget("none".equalsIgnoreCase(amount) ? null : amount);
                return null;
            });
            out().println("none".equalsIgnoreCase(amount) ? "No monthly budget." : "Monthly budget: $" + amount + ".");
        }
    }

    @Command(name = "price", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Show the price table, or set (or --remove) the price of the models starting with PREFIX (US dollars).")
    static final class PriceCommand extends StudioCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "PREFIX", description = "A model name or its start, e.g. gpt-4o-mini.")
        String prefix;

        @Option(names = "--input", paramLabel = "USD", description = "Per million input tokens.")
        String input = "0";

        @Option(names = "--output", paramLabel = "USD", description = "Per million output tokens.")
        String output = "0";

        @Option(names = "--image", paramLabel = "USD", description = "Per image.")
        String image = "0";

        @Option(names = "--remove", description = "Take PREFIX out of the table (its calls then cost nothing).")
        boolean remove;

        @Override
        void run() {
            if (remove && prefix == null) {
                throw usage("Say which price to remove: scriptorium usage price PREFIX --remove.");
            }
            if (remove) {
                studio().usage().removePrice(prefix);
            } else if (prefix != null) {
                try {
                    studio().usage().setPrice(ModelPrice.of(prefix, input, output, image));
                } catch (NumberFormatException e) {
                    throw usage("Prices are amounts in US dollars, e.g. --input 0.15 --output 0.60.");
                }
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("MODEL PREFIX", "INPUT/1M", "OUTPUT/1M", "IMAGE"));
            studio().usage().prices().forEach(p -> rows.add(List.of(p.modelPrefix(), p.inputPerMillion().stripTrailingZeros().toPlainString(),
                    p.outputPerMillion().stripTrailingZeros().toPlainString(), p.perImage().stripTrailingZeros().toPlainString())));
            TextOutput.table(out(), rows, -1);
        }
    }
}

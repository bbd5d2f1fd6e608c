package org.scriptorium.core.writing.usage;

import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.settings.SettingsRepository;
import org.scriptorium.core.store.Ids;
import org.scriptorium.core.writing.ai.ProviderException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every AI call with what it cost, from an editable price table; totals per draft and per month; and the
 * monthly budget, which refuses a call that would pass it before the call is made.
 */
public final class UsageLedger {
    static final String BUDGET_SETTING = "ai.monthly-budget-usd";
    // Prices in US dollars as published by the providers in 2026; local models cost nothing. Editable by the user.
    private static final List<ModelPrice> DEFAULT_PRICES = List.of(
            ModelPrice.of("gpt-4o-mini", "0.15", "0.60", "0"),
            ModelPrice.of("gpt-4o", "2.50", "10.00", "0"),
            ModelPrice.of("gpt-4.1-mini", "0.40", "1.60", "0"),
            ModelPrice.of("gpt-4.1", "2.00", "8.00", "0"),
            ModelPrice.of("claude-3-5-haiku", "0.80", "4.00", "0"),
            ModelPrice.of("claude-haiku", "1.00", "5.00", "0"),
            ModelPrice.of("claude-sonnet", "3.00", "15.00", "0"),
            ModelPrice.of("claude-opus", "15.00", "75.00", "0"),
            ModelPrice.of("gpt-image-1", "0", "0", "0.042"),
            ModelPrice.of("dall-e-3", "0", "0", "0.040"),
            ModelPrice.of("stable-image-core", "0", "0", "0.030"));

    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;
    private final SettingsRepository settings;

    public UsageLedger(SessionFactory sessions, Clock clock, UUID deviceId, SettingsRepository settings) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
        this.settings = settings;
    }

    /** Records a call and returns its cost. Local providers (Ollama, Automatic1111, offline) cost nothing. */
    public UsageEntry record(AiCall call, boolean local) {
        BigDecimal cost = local ? BigDecimal.ZERO.setScale(6) : priceFor(call.model())
                .map(p -> p.cost(call.inputTokens(), call.outputTokens(), call.images())).orElse(BigDecimal.ZERO.setScale(6));
        return sessions.fromTransaction(session -> {
            UsageRecord row = new UsageRecord(Ids.newId(), call, cost, clock.instant(), deviceId);
            session.persist(row);
            return row.entry();
        });
    }

    /** Refuses, before the call, one whose estimated cost would take this month past the budget. */
    public void checkBudget(String model, int estimatedInputTokens, int estimatedOutputTokens, int images, boolean local) {
        Optional<BigDecimal> budget = budget();
        if (budget.isEmpty() || local) {
            return;
        }
        BigDecimal estimate = priceFor(model).map(p -> p.cost(estimatedInputTokens, estimatedOutputTokens, images)).orElse(BigDecimal.ZERO);
        BigDecimal spent = total(month(thisMonth()));
        if (spent.add(estimate).compareTo(budget.get()) > 0) {
            throw new ProviderException(ProviderException.Kind.BUDGET, "This call (about $" + money(estimate) + ") would pass your monthly AI budget of $"
                    + money(budget.get()) + "; $" + money(spent) + " is spent this month. Raise the budget or use a local model.");
        }
    }

    public Optional<BigDecimal> budget() {
        return settings.get(BUDGET_SETTING).filter(s -> !s.isBlank()).map(BigDecimal::new);
    }

    /** Sets the monthly budget in US dollars; null or empty removes it. */
    public void setBudget(String dollars) {
        if (dollars == null || dollars.isBlank()) {
            settings.put(BUDGET_SETTING, "");
            return;
        }
        try {
            BigDecimal value = new BigDecimal(dollars.strip());
            if (value.signum() < 0) {
                throw new NumberFormatException();
            }
            settings.put(BUDGET_SETTING, value.toPlainString());
        } catch (NumberFormatException e) {
            throw new InvalidInput("A budget is an amount in US dollars, e.g. 20 or 7.50; got " + dollars + ".");
        }
    }

    /** The month it is now in the user's zone (the clock's). */
    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The calls made in {@code month}, a month of the user's zone (the clock's). */
    public List<UsageEntry> month(YearMonth month) {
        ZoneId zone = clock.getZone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from UsageRecord u where u.deletedAt is null and u.calledAt >= :from and u.calledAt < :to order by u.calledAt", UsageRecord.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream().map(UsageRecord::entry).toList());
    }

    public List<UsageEntry> forDraft(UUID draftId) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from UsageRecord u where u.deletedAt is null and u.draftId = :draft order by u.calledAt", UsageRecord.class)
                .setParameter("draft", draftId).getResultList().stream().map(UsageRecord::entry).toList());
    }

    /** Calls made for a topic since the instant, before their draft existed, now count for the draft. */
    public void assignToDraft(UUID topicId, Instant since, UUID draftId) {
        sessions.inTransaction(session -> session.createSelectionQuery(
                        "from UsageRecord u where u.topicId = :topic and u.draftId is null and u.calledAt >= :since", UsageRecord.class)
                .setParameter("topic", topicId).setParameter("since", since).getResultList()
                .forEach(u -> {
                    u.assignDraft(draftId);
                    u.touch(clock.instant(), deviceId);
                }));
    }

    public static BigDecimal total(List<UsageEntry> entries) {
        return entries.stream().map(UsageEntry::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(6, RoundingMode.HALF_UP);
    }

    // ---- the price table ----

    public List<ModelPrice> prices() {
        seedPricesOnce();
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                "from Price p where p.deletedAt is null", Price.class).getResultList().stream().map(Price::price)
                .sorted(Comparator.comparing(ModelPrice::modelPrefix)).toList());
    }

    /** Adds or changes the price of the models starting with the prefix. */
    public void setPrice(ModelPrice price) {
        if (price.modelPrefix() == null || price.modelPrefix().isBlank()) {
            throw new InvalidInput("A price needs the model name (or the start of it) it applies to.");
        }
        if (price.inputPerMillion().signum() < 0 || price.outputPerMillion().signum() < 0 || price.perImage().signum() < 0) {
            throw new InvalidInput("A price cannot be negative.");
        }
        seedPricesOnce();
        sessions.inTransaction(session -> {
            Price existing = session.createSelectionQuery("from Price p where p.deletedAt is null and p.modelPrefix = :prefix", Price.class)
                    .setParameter("prefix", price.modelPrefix()).getResultList().stream().findFirst().orElse(null);
            if (existing == null) {
                session.persist(new Price(priceId(session, price.modelPrefix()), price, clock.instant(), deviceId));
            } else {
                existing.set(price);
                existing.touch(clock.instant(), deviceId);
            }
        });
    }

    /** Takes the models starting with the prefix out of the table: their calls cost nothing from now on. */
    public void removePrice(String modelPrefix) {
        seedPricesOnce();
        boolean removed = sessions.fromTransaction(session -> {
            List<Price> rows = session.createSelectionQuery("from Price p where p.deletedAt is null and p.modelPrefix = :prefix", Price.class)
                    .setParameter("prefix", modelPrefix).getResultList();
            rows.forEach(row -> {
                row.remove(clock.instant());
                row.touch(clock.instant(), deviceId);
            });
            return !rows.isEmpty();
        });
        if (!removed) {
            throw new InvalidInput("The price table has no row for " + modelPrefix + ".");
        }
    }

    /** The price of the longest prefix the model name starts with. */
    public Optional<ModelPrice> priceFor(String model) {
        String name = model == null ? "" : model.strip();
        return prices().stream().filter(p -> name.startsWith(p.modelPrefix()))
                .max(Comparator.comparingInt(p -> p.modelPrefix().length()));
    }

    /** The same model prefix makes the same id on every device, so synced price tables meet instead of doubling. */
    private static java.util.UUID priceId(org.hibernate.Session session, String modelPrefix) {
        java.util.UUID id = java.util.UUID.nameUUIDFromBytes(("ai-price:" + modelPrefix).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return session.find(Price.class, id) == null ? id : Ids.newId(); // that one was removed: a new row of its own
    }

    private void seedPricesOnce() {
        if (settings.get("ai.prices-seeded").isPresent()) {
            return;
        }
        sessions.inTransaction(session -> {
            Instant now = clock.instant();
            List<Price> rows = new ArrayList<>();
            DEFAULT_PRICES.forEach(p -> rows.add(new Price(priceId(session, p.modelPrefix()), p, now, deviceId)));
            rows.forEach(session::persist);
        });
        settings.put("ai.prices-seeded", "true");
    }

    static String money(BigDecimal amount) {
        return amount.setScale(amount.abs().compareTo(BigDecimal.ONE) < 0 ? 4 : 2, RoundingMode.HALF_UP).toPlainString();
    }
}

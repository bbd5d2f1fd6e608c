package org.scriptorium.core.writing;

import org.scriptorium.core.writing.providers.ProviderRecord;
import org.scriptorium.core.writing.usage.Price;
import org.scriptorium.core.writing.usage.UsageRecord;

import java.util.List;

/** What writing maps onto its tables (providers, AI usage and prices, SEO); the studio hands it to the store. */
public final class WritingEntities {
    public static final List<Class<?>> ALL = List.of(UsageRecord.class, Price.class, ProviderRecord.class, SeoRecord.class);

    private WritingEntities() {
    }
}

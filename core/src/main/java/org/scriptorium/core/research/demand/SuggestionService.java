package org.scriptorium.core.research.demand;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A public autocomplete endpoint: its name and its address, where {@code {query}}, {@code {market}} ("us-en", as
 * DuckDuckGo names a region) and {@code {language}} ("en") are filled in. Both default services answer without a key.
 */
public record SuggestionService(String name, String template) {
    /** DuckDuckGo's autocomplete, by region. */
    public static final SuggestionService DUCKDUCKGO = new SuggestionService("duckduckgo", "https://duckduckgo.com/ac/?q={query}&kl={market}");
    /** Wikipedia's OpenSearch API (documented, MediaWiki's action=opensearch), by the market's language. */
    public static final SuggestionService WIKIPEDIA = new SuggestionService("wikipedia",
            "https://{language}.wikipedia.org/w/api.php?action=opensearch&format=json&namespace=0&limit=10&search={query}");
    public static final List<SuggestionService> DEFAULTS = List.of(DUCKDUCKGO, WIKIPEDIA);

    /** The address to ask for {@code query} in {@code market} ("us-en": region, then language). */
    public URI address(String query, String market) {
        String[] parts = market.toLowerCase(Locale.ROOT).split("-");
        String language = parts.length > 1 ? parts[1] : parts[0];
        return URI.create(template.replace("{query}", URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"))
                .replace("{market}", market.toLowerCase(Locale.ROOT)).replace("{language}", language));
    }
}

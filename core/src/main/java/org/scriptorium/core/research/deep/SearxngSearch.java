package org.scriptorium.core.research.deep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scriptorium.core.research.fetch.FetchLimits;
import org.scriptorium.core.research.fetch.FetchRequest;
import org.scriptorium.core.research.fetch.FetchResult;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Searches a SearXNG instance through its JSON API ({@code /search?q=...&format=json}). */
public final class SearxngSearch implements WebSearch {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpFetcher fetcher;
    private final URI instance;

    public SearxngSearch(HttpFetcher fetcher, URI instance) {
        this.fetcher = fetcher;
        this.instance = instance;
    }

    @Override
    public List<WebResult> search(String query, int limit) throws WebSearchFailed {
        String base = instance.toString().replaceAll("/+$", "");
        URI url = URI.create(base + "/search?format=json&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        FetchResult result = fetcher.fetch(new FetchRequest(url, null, null, "application/json"), FetchLimits.feeds());
        if (!(result instanceof FetchResult.Fetched fetched)) {
            String why = result instanceof FetchResult.Failed failed ? failed.message() : "it answered without results";
            throw new WebSearchFailed("The web search at " + instance.getHost() + " failed: " + why);
        }
        try {
            JsonNode root = JSON.readTree(fetched.body());
            List<WebResult> results = new ArrayList<>();
            for (JsonNode hit : root.path("results")) {
                String link = hit.path("url").asText("");
                if (link.startsWith("http://") || link.startsWith("https://")) {
                    results.add(new WebResult(link, hit.path("title").asText(link), hit.path("content").asText("")));
                }
                if (results.size() == limit) {
                    break;
                }
            }
            return results;
        } catch (IOException e) {
            throw new WebSearchFailed("The web search at " + instance.getHost() + " did not answer in SearXNG's JSON format"
                    + " (is format=json enabled in its settings?).");
        }
    }
}

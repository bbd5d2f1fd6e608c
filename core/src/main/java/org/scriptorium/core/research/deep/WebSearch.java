package org.scriptorium.core.research.deep;

import java.util.List;

/** A web search backend the user configured (a SearXNG instance); research works without one. */
public interface WebSearch {
    List<WebResult> search(String query, int limit) throws WebSearchFailed;

    record WebResult(String url, String title, String snippet) {
    }

    final class WebSearchFailed extends Exception {
        public WebSearchFailed(String message) {
            super(message);
        }
    }
}

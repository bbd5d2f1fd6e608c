package org.scriptorium.publishers.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.MetricsReader;
import org.scriptorium.core.publishing.PostCounts;
import org.scriptorium.core.publishing.PublishException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What LinkedIn posts did, with the permissions the account was granted. A member's posts are read through member
 * post analytics ({@code memberCreatorPostAnalytics}, one metric of one post a call, scope
 * {@value #MEMBER_SCOPE}); an organization page's through its share statistics
 * ({@code organizationalEntityShareStatistics}, many posts a call, scope {@value #ORGANIZATION_SCOPE}). Without the
 * scope nothing is asked: each post is "not available" with how to get it.
 */
final class LinkedInMetrics implements MetricsReader {
    static final String MEMBER_SCOPE = "r_member_postAnalytics";
    static final String ORGANIZATION_SCOPE = "r_organization_social";
    /** How many posts one share-statistics call names: LinkedIn caps the URL, not the list, so a modest batch. */
    static final int ORGANIZATION_BATCH = 20;
    /** The member metrics read per post, each its own call, and where each lands in {@link PostCounts}. */
    private static final List<String> MEMBER_METRICS = List.of("IMPRESSION", "MEMBERS_REACHED", "REACTION", "COMMENT", "RESHARE");

    private final Account account;
    private final Supplier<LinkedInRest> rest;

    LinkedInMetrics(Account account, Supplier<LinkedInRest> rest) {
        this.account = account;
        this.rest = rest;
    }

    private boolean organization() {
        return account.externalId() != null && account.externalId().startsWith("urn:li:organization:");
    }

    @Override
    public int batchSize() {
        return organization() ? ORGANIZATION_BATCH : 1;
    }

    @Override
    public Map<String, Reading> read(List<String> urns) {
        String scope = organization() ? ORGANIZATION_SCOPE : MEMBER_SCOPE;
        // An empty list means LinkedIn did not say what it granted: then ask, and a 403 says the same as here.
        if (!account.scopes().isEmpty() && !account.scopes().contains(scope)) {
            return unavailable(urns, scope);
        }
        try {
            return organization() ? organizationPosts(urns) : memberPosts(urns);
        } catch (PublishException e) {
            if (e.forbidden()) {
                return unavailable(urns, scope);
            }
            throw e;
        }
    }

    /** Each post, each metric its own call (aggregation TOTAL: the post's lifetime figure); a 404 means deleted. */
    private Map<String, Reading> memberPosts(List<String> urns) {
        LinkedInRest api = rest.get();
        Map<String, Reading> read = new LinkedHashMap<>();
        for (String urn : urns) {
            Map<String, Long> counts = new LinkedHashMap<>();
            boolean gone = false;
            for (String metric : MEMBER_METRICS) {
                HttpUrl.Builder url = api.rest("memberCreatorPostAnalytics").addQueryParameter("q", "entity")
                        .addEncodedQueryParameter("entity", entity(urn)).addQueryParameter("queryType", metric)
                        .addQueryParameter("aggregation", "TOTAL");
                var answer = api.find(url, true);
                if (answer.isEmpty()) {
                    gone = true;
                    break;
                }
                JsonNode elements = answer.get().path("elements");
                Long total = null;
                for (JsonNode element : elements) {
                    if (element.hasNonNull("count")) {
                        total = (total == null ? 0 : total) + element.path("count").asLong();
                    }
                }
                counts.put(metric, total);
            }
            read.put(urn, gone ? Reading.gone() : Reading.measured(new PostCounts(counts.get("REACTION"), counts.get("COMMENT"),
                    counts.get("RESHARE"), null, counts.get("IMPRESSION"), counts.get("MEMBERS_REACHED"))));
        }
        return read;
    }

    /** One call for the batch: shares and ugcPosts listed apart, as the finder takes them; each answer names its post. */
    private Map<String, Reading> organizationPosts(List<String> urns) {
        LinkedInRest api = rest.get();
        List<String> shares = new ArrayList<>();
        List<String> ugcPosts = new ArrayList<>();
        urns.forEach(urn -> (urn.startsWith("urn:li:ugcPost:") ? ugcPosts : shares).add(urn));
        HttpUrl.Builder url = api.rest("organizationalEntityShareStatistics").addQueryParameter("q", "organizationalEntity")
                .addEncodedQueryParameter("organizationalEntity", encode(account.externalId()));
        if (!shares.isEmpty()) {
            url.addEncodedQueryParameter("shares", list(shares));
        }
        if (!ugcPosts.isEmpty()) {
            url.addEncodedQueryParameter("ugcPosts", list(ugcPosts));
        }
        Map<String, Reading> read = new LinkedHashMap<>();
        for (JsonNode element : api.get(url, true).path("elements")) {
            String urn = element.hasNonNull("share") ? element.path("share").asText() : element.path("ugcPost").asText("");
            JsonNode totals = element.path("totalShareStatistics");
            read.put(urn, Reading.measured(new PostCounts(count(totals, "likeCount"), count(totals, "commentCount"),
                    count(totals, "shareCount"), null, count(totals, "impressionCount"), count(totals, "uniqueImpressionsCount"))));
        }
        // A post the statistics leave out is not answered for: it is asked again at its next snapshot.
        read.keySet().retainAll(urns);
        return read;
    }

    private Map<String, Reading> unavailable(List<String> urns, String scope) {
        String how = organization()
                ? "Not available with this account's permissions: a page's post numbers need LinkedIn's " + scope
                  + " permission (Community Management API). Add that product to your LinkedIn app, then connect again with"
                  + " \"Also connect the organization pages\" ticked."
                : "Not available with this account's permissions: a member's post numbers need LinkedIn's " + scope
                  + " permission (member post analytics, part of the Community Management API). Add that product to your"
                  + " LinkedIn app, then connect again with \"Also connect the organization pages\" ticked.";
        Map<String, Reading> read = new LinkedHashMap<>();
        urns.forEach(urn -> read.put(urn, new Reading(State.UNAVAILABLE, PostCounts.NONE, how)));
        return read;
    }

    /** The Rest.li union naming a post: {@code (share:urn%3Ali%3Ashare%3A1)} or {@code (ugc:urn%3Ali%3AugcPost%3A1)}. */
    static String entity(String urn) {
        return "(" + (urn.startsWith("urn:li:ugcPost:") ? "ugc" : "share") + ":" + encode(urn) + ")";
    }

    private static String list(List<String> urns) {
        return "List(" + String.join(",", urns.stream().map(LinkedInMetrics::encode).toList()) + ")";
    }

    private static String encode(String urn) {
        return URLEncoder.encode(urn, StandardCharsets.UTF_8);
    }

    private static Long count(JsonNode totals, String field) {
        return totals.hasNonNull(field) ? totals.path(field).asLong() : null;
    }
}

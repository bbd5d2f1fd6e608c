package org.scriptorium.publishers.linkedin;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LinkedIn's two post-analytics finders as the fake answers them: member post analytics (one metric of one post a
 * call, {@code elements[].count} with the metric type and the post named) and an organization's share statistics
 * (a {@code totalShareStatistics} element per post named in {@code shares=List(...)}). A post with no numbers set is
 * one LinkedIn does not have: 404 from the member finder, left out by the organization's.
 */
final class LinkedInAnalyticsWire {
    /** impressions, members reached, reactions, comments, reshares. */
    private final Map<String, long[]> counts = new ConcurrentHashMap<>();
    private volatile boolean forbidden;

    void counts(String urn, long impressions, long reached, long reactions, long comments, long reshares) {
        counts.put(urn, new long[]{impressions, reached, reactions, comments, reshares});
    }

    /** The token lacks the analytics permission: every read is refused as LinkedIn refuses it. */
    void forbid() {
        forbidden = true;
    }

    MockResponse member(RecordedRequest request) {
        if (forbidden) {
            return denied("memberCreatorPostAnalytics.FINDER-entity");
        }
        var url = request.getUrl();
        String entity = url.queryParameter("entity");
        if (!"entity".equals(url.queryParameter("q")) || entity == null || !entity.matches("\\((share|ugc):urn:li:(share|ugcPost):\\d+\\)")) {
            return FakeLinkedIn.error(400, "{\"status\":400,\"message\":\"Invalid param. Please see errorDetails for more information.\"}");
        }
        String urn = entity.substring(entity.indexOf(':') + 1, entity.length() - 1);
        long[] post = counts.get(urn);
        if (post == null) {
            return FakeLinkedIn.error(404, "{\"status\":404,\"message\":\"Not Found\"}");
        }
        String metric = url.queryParameter("queryType");
        int at = List.of("IMPRESSION", "MEMBERS_REACHED", "REACTION", "COMMENT", "RESHARE").indexOf(metric);
        if (at < 0) {
            return FakeLinkedIn.error(400, "{\"status\":400,\"message\":\"Unknown queryType " + metric + "\"}");
        }
        return FakeLinkedIn.ok("{\"paging\":{\"start\":0,\"count\":10,\"links\":[]},\"elements\":[{\"count\":" + post[at]
                + ",\"metricType\":{\"com.linkedin.adsexternalapi.memberanalytics.v1.CreatorPostAnalyticsMetricTypeV1\":\"" + metric
                + "\"},\"targetEntity\":{\"share\":\"" + urn + "\"}}]}");
    }

    MockResponse organization(RecordedRequest request) {
        if (forbidden) {
            return denied("organizationalEntityShareStatistics.FINDER-organizationalEntity");
        }
        var url = request.getUrl();
        String organization = url.queryParameter("organizationalEntity");
        if (!FakeLinkedIn.ORGANIZATION.equals(organization)) {
            return FakeLinkedIn.error(400, "{\"status\":400,\"message\":\"organizationalEntity is required\"}");
        }
        List<String> elements = new ArrayList<>();
        for (String param : List.of("shares", "ugcPosts")) {
            String list = url.queryParameter(param);
            if (list == null) {
                continue;
            }
            if (!list.startsWith("List(") || !list.endsWith(")")) {
                return FakeLinkedIn.error(400, "{\"status\":400,\"message\":\"Invalid " + param + " list\"}");
            }
            for (String urn : list.substring(5, list.length() - 1).split(",")) {
                long[] post = counts.get(urn);
                if (post != null) {
                    elements.add("{\"totalShareStatistics\":{\"uniqueImpressionsCount\":" + post[1] + ",\"shareCount\":" + post[4]
                            + ",\"engagement\":0.05,\"clickCount\":3,\"likeCount\":" + post[2] + ",\"impressionCount\":" + post[0]
                            + ",\"commentCount\":" + post[3] + "},\"" + (param.equals("shares") ? "share" : "ugcPost") + "\":\"" + urn
                            + "\",\"organizationalEntity\":\"" + organization + "\"}");
                }
            }
        }
        return FakeLinkedIn.ok("{\"paging\":{\"start\":0,\"count\":10,\"links\":[]},\"elements\":[" + String.join(",", elements) + "]}");
    }

    private static MockResponse denied(String resource) {
        return FakeLinkedIn.error(403, "{\"status\":403,\"serviceErrorCode\":100,\"code\":\"ACCESS_DENIED\",\"message\":\"Not enough permissions to access: "
                + resource + ".20251101\"}");
    }
}

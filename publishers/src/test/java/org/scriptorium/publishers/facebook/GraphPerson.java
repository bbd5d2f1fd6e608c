package org.scriptorium.publishers.facebook;

import mockwebserver3.MockResponse;

import java.util.List;
import java.util.Map;

import static org.scriptorium.publishers.facebook.FakeGraph.ANALYTICS_ONLY;
import static org.scriptorium.publishers.facebook.FakeGraph.APP_ID;
import static org.scriptorium.publishers.facebook.FakeGraph.APP_SECRET;
import static org.scriptorium.publishers.facebook.FakeGraph.BAKERY;
import static org.scriptorium.publishers.facebook.FakeGraph.BAKERY_TOKEN;
import static org.scriptorium.publishers.facebook.FakeGraph.CHOIR;
import static org.scriptorium.publishers.facebook.FakeGraph.CHOIR_TOKEN;
import static org.scriptorium.publishers.facebook.FakeGraph.CODE;
import static org.scriptorium.publishers.facebook.FakeGraph.SHORT_TOKEN;
import static org.scriptorium.publishers.facebook.FakeGraph.USER_TOKEN;
import static org.scriptorium.publishers.facebook.FakeGraph.VERSION;
import static org.scriptorium.publishers.facebook.GraphWire.error;
import static org.scriptorium.publishers.facebook.GraphWire.ok;
import static org.scriptorium.publishers.facebook.GraphWire.quote;

/** The person's side of {@link FakeGraph}: exchanging the login dialog's code for tokens, {@code /me}, and the Pages they manage. */
final class GraphPerson {
    private GraphPerson() {
    }

    static MockResponse tokenExchange(Map<String, String> p, String expectedRedirect) {
        if (!APP_ID.equals(p.get("client_id")) || !APP_SECRET.equals(p.get("client_secret"))) {
            return error(400, 1, "Error validating client secret.");
        }
        if ("fb_exchange_token".equals(p.get("grant_type"))) {
            return SHORT_TOKEN.equals(p.get("fb_exchange_token"))
                    ? ok("{\"access_token\":\"" + USER_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")
                    : error(400, 190, "Invalid OAuth access token.");
        }
        if (!CODE.equals(p.get("code")) || !expectedRedirect.equals(p.get("redirect_uri"))) {
            return error(400, 100, "Invalid verification code format.");
        }
        return ok("{\"access_token\":\"" + SHORT_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":5400}");
    }

    static MockResponse me(String edge, Map<String, String> p, List<String> declined, String baseUrl) {
        return switch (edge) {
            case "" -> ok("{\"id\":\"7001\",\"name\":\"Ada Baker\"}");
            case "permissions" -> {
                StringBuilder data = new StringBuilder();
                for (String permission : List.of("pages_show_list", "pages_read_engagement", "pages_manage_posts", "public_profile")) {
                    data.append(data.isEmpty() ? "" : ",").append("{\"permission\":\"").append(permission).append("\",\"status\":\"")
                            .append(declined.contains(permission) ? "declined" : "granted").append("\"}");
                }
                yield ok("{\"data\":[" + data + "]}");
            }
            case "accounts" -> {
                if (!p.getOrDefault("fields", "").contains("access_token")) {
                    yield error(400, 100, "The Pages were asked for without their tokens");
                }
                // Two pages of results, as Graph pages a long list: the second only through the "after" cursor.
                yield "c2".equals(p.get("after"))
                        ? ok("{\"data\":[" + page(ANALYTICS_ONLY, "Ada's Numbers", "none", "[\"ANALYZE\"]") + "],\"paging\":{\"cursors\":{\"before\":\"c2\",\"after\":\"c3\"}}}")
                        : ok("{\"data\":[" + page(BAKERY, "Ada's Bakery", BAKERY_TOKEN, "[\"ANALYZE\",\"ADVERTISE\",\"MODERATE\",\"CREATE_CONTENT\",\"MANAGE\"]")
                        + "," + page(CHOIR, "Village Choir", CHOIR_TOKEN, "[\"CREATE_CONTENT\",\"MODERATE\"]")
                        + "],\"paging\":{\"cursors\":{\"before\":\"c1\",\"after\":\"c2\"},\"next\":\"" + baseUrl + VERSION + "/me/accounts?after=c2\"}}");
            }
            default -> error(400, 100, "Unsupported request to /me/" + edge);
        };
    }

    private static String page(String id, String name, String token, String tasks) {
        return "{\"id\":\"" + id + "\",\"name\":" + quote(name) + ",\"access_token\":\"" + token + "\",\"tasks\":" + tasks
                + ",\"picture\":{\"data\":{\"url\":\"https://scontent.example/" + id + ".jpg\",\"is_silhouette\":false}}}";
    }
}

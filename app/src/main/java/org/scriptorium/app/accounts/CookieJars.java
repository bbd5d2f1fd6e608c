package org.scriptorium.app.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;

/**
 * The cookie jar of one account's sign-ins: empty for a new account (so a second account of a network can be
 * connected), the account's own when it is connected again, kept in the secret store in between and forgotten with
 * the account's other secrets on disconnect.
 */
final class CookieJars {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CookieJars() {
    }

    static CookieManager empty() {
        return new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    }

    /** A jar holding the cookies saved by {@link #save}; an unreadable save gives an empty jar. */
    static CookieManager of(String saved) {
        CookieManager jar = empty();
        try {
            for (JsonNode c : JSON.readTree(saved)) {
                HttpCookie cookie = new HttpCookie(c.path("name").asText(), c.path("value").asText());
                cookie.setDomain(c.path("domain").asText(null));
                cookie.setPath(c.path("path").asText("/"));
                cookie.setMaxAge(c.path("maxAge").asLong(-1));
                cookie.setSecure(c.path("secure").asBoolean());
                cookie.setHttpOnly(c.path("httpOnly").asBoolean());
                cookie.setVersion(0);
                jar.getCookieStore().add(URI.create(c.path("uri").asText()), cookie);
            }
        } catch (IOException | RuntimeException unreadable) {
            return empty();
        }
        return jar;
    }

    /** The jar's unexpired cookies with the address each came from. */
    static String save(CookieManager jar) {
        ArrayNode all = JSON.createArrayNode();
        for (URI uri : jar.getCookieStore().getURIs()) {
            for (HttpCookie cookie : jar.getCookieStore().get(uri)) {
                if (!cookie.hasExpired()) {
                    all.addObject().put("uri", uri.toString()).put("name", cookie.getName()).put("value", cookie.getValue())
                            .put("domain", cookie.getDomain()).put("path", cookie.getPath()).put("maxAge", cookie.getMaxAge())
                            .put("secure", cookie.getSecure()).put("httpOnly", cookie.isHttpOnly());
                }
            }
        }
        return all.toString();
    }
}

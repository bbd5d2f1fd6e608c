package org.scriptorium.core.publishing.oauth;

import org.scriptorium.core.ScriptoriumException;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks every OAuth sign-in makes, whichever browser carried it: a random single-use state compared in constant
 * time, PKCE (S256), and an answer read for its error or its code. Stateless; the state lives in the request.
 */
public final class OAuthChecks {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OAuthChecks() {
    }

    /** 256 random bits, URL-safe: for {@code state} and for the PKCE verifier. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The PKCE S256 challenge of a verifier. */
    public static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The authorization code from the address the browser was sent back to, after checking that the answer is for
     * this request: the same redirect target, the same state (constant-time), and no error. Says plainly what went wrong.
     */
    public static String code(URI callback, URI expectedRedirect, String expectedState, String networkLabel) {
        if (!sameTarget(callback, expectedRedirect)) {
            throw new ScriptoriumException("The sign-in came back to an unexpected address; nothing was connected.");
        }
        Map<String, String> params = query(callback);
        String error = params.get("error");
        if (error != null) {
            String why = params.getOrDefault("error_description", "");
            throw new ScriptoriumException("access_denied".equals(error)
                    ? "You declined the " + networkLabel + " sign-in; nothing was connected."
                    : networkLabel + " refused the sign-in (" + error + (why.isBlank() ? "" : ": " + why) + ").");
        }
        String state = params.get("state");
        if (state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), expectedState.getBytes(StandardCharsets.UTF_8))) {
            throw new ScriptoriumException("The sign-in answer did not match this request (its state differs); nothing was connected. Try again.");
        }
        String code = params.get("code");
        if (code == null || code.isBlank()) {
            throw new ScriptoriumException(networkLabel + " sent the browser back without a code; nothing was connected.");
        }
        return code;
    }

    /** Whether the address is the redirect target (scheme, host, port and path), whatever its query. */
    public static boolean sameTarget(URI uri, URI redirect) {
        return uri != null && redirect.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))
                && redirect.getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))
                && port(redirect) == port(uri) && path(redirect).equals(path(uri));
    }

    public static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String path(URI uri) {
        return uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    }
}

package org.scriptorium.core.research.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One spelling per address, so the same article reached through different links is stored once:
 * lowercase scheme and host, no default port, no fragment, no tracking parameters, sorted query, "/" for an
 * empty path. Only changes that cannot change what the server returns are made.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid", "ttclid",
            "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "ref", "ref_src", "ref_url", "spm",
            "oly_anon_id", "oly_enc_id", "vero_id", "__s", "s_cid");

    private UrlCanonicalizer() {
    }

    /** The canonical form of {@code url}; URLs that are not hierarchical (mailto:, hn:) come back unchanged. */
    public static URI canonical(URI url) {
        if (url.isOpaque() || url.getScheme() == null) {
            return url;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? null : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = cleanQuery(url.getRawQuery());
        StringBuilder text = new StringBuilder(scheme).append("://");
        if (url.getRawUserInfo() != null) {
            text.append(url.getRawUserInfo()).append('@');
        }
        if (host == null) {
            return url;
        }
        text.append(host);
        if (port != -1) {
            text.append(':').append(port);
        }
        text.append(path);
        if (query != null) {
            text.append('?').append(query);
        }
        try {
            return new URI(text.toString());
        } catch (URISyntaxException e) {
            return url; // cannot happen for parts taken from a valid URI, but never lose the address
        }
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        // Sort by name only, and stably, so repeated parameters keep the order the server may rely on.
        kept.sort(Comparator.comparing(pair -> pair.split("=", 2)[0]));
        return String.join("&", kept);
    }
}

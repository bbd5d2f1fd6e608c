package org.scriptorium.core.scheduling;

import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The UTM parameters a post's links carry so the creator's own web analytics can tell the visits it brought: source
 * (the network), medium, and campaign (the draft or topic; left out when the post has neither). Applying them is
 * pure text work: every http(s) link in the text gains them before its fragment, unless it already has a UTM
 * parameter (a link the user tagged, or a post tagged before): tagging twice changes nothing.
 */
public record UtmParams(String source, String medium, String campaign) {
    private static final LinkExtractor LINKS = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL)).build();

    /** The parameters in the order they are added. */
    public Map<String, String> asMap() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("utm_source", source);
        params.put("utm_medium", medium);
        if (campaign != null && !campaign.isBlank()) {
            params.put("utm_campaign", campaign);
        }
        return params;
    }

    /** The text with each link tagged. */
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int from = 0;
        for (LinkSpan link : LINKS.extractLinks(text)) {
            out.append(text, from, link.getBeginIndex());
            out.append(tagged(text.substring(link.getBeginIndex(), link.getEndIndex())));
            from = link.getEndIndex();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** "utm_source=bluesky · utm_medium=social · utm_campaign=harbour-cranes", to show what links will carry. */
    public String describe() {
        return String.join(" · ", asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private String tagged(String url) {
        String scheme = url.toLowerCase(Locale.ROOT);
        if (!scheme.startsWith("http://") && !scheme.startsWith("https://")) {
            return url;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        int query = base.indexOf('?');
        if (query >= 0 && ("&" + base.substring(query + 1).toLowerCase(Locale.ROOT)).contains("&utm_")) {
            return url; // tagged already: by the user, or by an earlier pass
        }
        StringBuilder added = new StringBuilder();
        asMap().forEach((key, value) -> added.append(added.isEmpty() ? "" : "&").append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String joiner = query < 0 ? (base.endsWith("?") ? "" : "?") : (base.endsWith("&") || base.endsWith("?") ? "" : "&");
        return base + joiner + added + fragment;
    }
}

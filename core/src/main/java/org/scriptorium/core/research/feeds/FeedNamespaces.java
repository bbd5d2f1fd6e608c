package org.scriptorium.core.research.feeds;

import org.jdom2.Element;
import org.jdom2.Namespace;

import java.util.Locale;
import java.util.Map;

/** The XML vocabularies feeds mix, matched the tolerant way (iTunes' URI is written in several cases). */
enum FeedNamespaces {
    ATOM("http://www.w3.org/2005/Atom"),
    ATOM_03("http://purl.org/atom/ns#"),
    DC("http://purl.org/dc/elements/1.1/"),
    DC_TERMS("http://purl.org/dc/terms/"),
    MEDIA("http://search.yahoo.com/mrss/"),
    ITUNES("http://www.itunes.com/dtds/podcast-1.0.dtd"),
    CONTENT("http://purl.org/rss/1.0/modules/content/"),
    XHTML("http://www.w3.org/1999/xhtml"),
    RDF("http://www.w3.org/1999/02/22-rdf-syntax-ns#");

    /** What a prefix nearly always stands for, for feeds that use it without declaring it. */
    private static final Map<String, FeedNamespaces> BY_PREFIX = Map.of("atom", ATOM, "dc", DC, "dcterms", DC_TERMS,
            "media", MEDIA, "itunes", ITUNES, "content", CONTENT, "xhtml", XHTML, "rdf", RDF);

    private final String uri;

    FeedNamespaces(String uri) {
        this.uri = uri;
    }

    String uri() {
        return uri;
    }

    boolean contains(Element element) {
        return matches(element.getNamespace());
    }

    boolean matches(Namespace namespace) {
        String other = namespace.getURI();
        // Media RSS is also written without its trailing slash, iTunes' URI in any case.
        return other.equalsIgnoreCase(uri) || (this == MEDIA && other.equals("http://search.yahoo.com/mrss"));
    }

    /** The conventional URI for an undeclared prefix; a private one that stands for nothing otherwise. */
    static String conventionalUri(String prefix) {
        FeedNamespaces known = BY_PREFIX.get(prefix.toLowerCase(Locale.ROOT));
        return known != null ? known.uri : "urn:x-undeclared:" + prefix;
    }
}

package org.scriptorium.core.markdown;

/**
 * Images a draft keeps in the studio's own library, written in Markdown as {@code images/<hash>.png}: the preview
 * shows them inline (as {@code data:} addresses, so nothing is fetched and the page's policy stays closed).
 */
@FunctionalInterface
public interface LocalImages {
    /** None: every image is shown as written. */
    LocalImages NONE = destination -> null;

    /** The image at {@code destination} as a {@code data:} address, or null when it is not one of the library's. */
    String dataAddress(String destination);
}

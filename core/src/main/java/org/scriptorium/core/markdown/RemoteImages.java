package org.scriptorium.core.markdown;

/** Whether images that need a fetch (anything but an inline {@code data:} image) may be shown. */
public enum RemoteImages {
    /** Keep every image as written; the viewer fetches remote ones. */
    LOAD,
    /** Replace every image that would need a fetch by a placeholder showing its alt text. */
    BLOCK
}

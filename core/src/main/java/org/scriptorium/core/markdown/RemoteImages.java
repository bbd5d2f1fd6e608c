package org.scriptorium.core.markdown;

/** Whether images that need a fetch (anything but an inline {@code data:} image) may be shown. */
public enum RemoteImages {
    /**
     * Keep images as written and let the viewer fetch them, except those on this computer or the local network
     * (loopback, private, link-local and other non-public addresses), which become placeholders.
     */
    LOAD,
    /** Replace every image that would need a fetch by a placeholder showing its alt text. */
    BLOCK
}

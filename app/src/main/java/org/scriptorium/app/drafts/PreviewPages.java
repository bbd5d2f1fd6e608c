package org.scriptorium.app.drafts;

/** Turns Markdown into the complete, sanitized HTML page the preview shows. */
@FunctionalInterface
public interface PreviewPages {
    String page(String markdown, boolean dark, boolean allowRemoteImages);
}

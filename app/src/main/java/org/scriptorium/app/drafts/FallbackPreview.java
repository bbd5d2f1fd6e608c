package org.scriptorium.app.drafts;

/** Temporary preview until the Markdown renderer is wired in. */
public final class FallbackPreview {
    private FallbackPreview() {
    }

    public static String page(String markdown, boolean dark) {
        String escaped = markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<html><body><pre>" + escaped + "</pre></body></html>";
    }
}

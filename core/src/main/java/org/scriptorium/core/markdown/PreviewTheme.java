package org.scriptorium.core.markdown;

/** The colour scheme of a preview page. */
public enum PreviewTheme {
    LIGHT,
    DARK
}

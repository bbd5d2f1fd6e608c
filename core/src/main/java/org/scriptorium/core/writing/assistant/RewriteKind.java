package org.scriptorium.core.writing.assistant;

/** What to do with a selection of text. */
public enum RewriteKind { SHORTER, LONGER, FORMAL, CASUAL, FIX_GRAMMAR, CONTINUE }

package org.scriptorium.core.writing.social;

/** Where a social post goes; each has its own length rules, counted the way the platform counts. */
public enum Platform { LINKEDIN, FACEBOOK, X, MASTODON, BLUESKY }

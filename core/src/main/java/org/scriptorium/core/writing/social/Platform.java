package org.scriptorium.core.writing.social;

/** Where a social post goes; each has its own length rules, counted the way the platform counts. */
public enum Platform {
    LINKEDIN("LinkedIn"), FACEBOOK("Facebook"), X("X"), MASTODON("Mastodon"), BLUESKY("Bluesky");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    /** The platform's name as its users write it. */
    public String label() {
        return label;
    }
}

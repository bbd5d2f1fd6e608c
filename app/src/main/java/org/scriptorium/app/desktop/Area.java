package org.scriptorium.app.desktop;

import java.util.Arrays;
import java.util.Locale;

/** The studio's areas the sidebar switches between (the trash is a mode of the drafts area). */
public enum Area {
    DRAFTS, RESEARCH, POSTS, ANALYTICS, ACCOUNTS;

    /** "posts", as kept in ui-state.json. */
    String stateName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The area a remembered name means; drafts for anything unknown (a hand-edited state file). */
    static Area fromState(String name) {
        return Arrays.stream(values()).filter(a -> a.stateName().equals(name)).findFirst().orElse(DRAFTS);
    }
}

package org.scriptorium.core.settings;

import java.util.List;

/** What the settings map onto their table; the studio hands it to the store, which knows no feature. */
public final class SettingEntities {
    public static final List<Class<?>> ALL = List.of(Setting.class);

    private SettingEntities() {
    }
}

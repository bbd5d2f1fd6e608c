package org.scriptorium.app.desktop;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Locale;

/** Light or dark AtlantaFX theme, following the operating system when the user chose "system". */
public final class Theme {
    public enum Choice {
        SYSTEM, LIGHT, DARK;

        public static Choice parse(String text) {
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                return SYSTEM;
            }
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.SYSTEM);

    public Theme(Choice initial) {
        choice.set(initial);
        choice.addListener((obs, old, now) -> apply());
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, now) -> {
            if (choice.get() == Choice.SYSTEM) {
                apply();
            }
        });
        apply();
    }

    /** The user's choice; changing it restyles every window at once. */
    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    private void apply() {
        Choice current = choice.get() == null ? Choice.SYSTEM : choice.get();
        boolean wantDark = switch (current) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        };
        Application.setUserAgentStylesheet(wantDark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        dark.set(wantDark);
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }
}

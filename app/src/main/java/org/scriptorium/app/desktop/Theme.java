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

        /** As menus and settings name it. */
        public String label() {
            return switch (this) {
                case SYSTEM -> "Follow the system";
                case LIGHT -> "Light";
                case DARK -> "Dark";
            };
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

    /**
     * Keeps a toggle that offers one choice (a menu's radio item, a settings radio button, the sidebar's switch) in
     * step with the theme both ways. A second click on the chosen one keeps it chosen. The theme holds the toggle only
     * weakly, so a closed dialog's buttons are not kept alive by it.
     */
    public void offer(javafx.scene.control.Toggle option, Choice offered) {
        option.setSelected(choice.get() == offered);
        option.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                choice.set(offered);
            } else {
                // Unselected by a second click, or because another toggle of its group was chosen: which one, is
                // known only once that toggle's own listener has set the theme.
                Platform.runLater(() -> {
                    if (choice.get() == offered && !option.isSelected()) {
                        option.setSelected(true);
                    }
                });
            }
        });
        javafx.beans.value.ChangeListener<Choice> follow = (o, old, now) -> option.setSelected(now == offered);
        option.getProperties().put(Theme.class, follow); // the toggle keeps its listener; the theme only a weak one
        choice.addListener(new javafx.beans.value.WeakChangeListener<>(follow));
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }
}

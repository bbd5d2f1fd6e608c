package org.scriptorium.app.common;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A time zone chosen by its city: the list and the field say "Berlin", the value stays the zone's id
 * ("Europe/Berlin") for the view model. Typing a city, or an id, picks it.
 */
public final class ZonePicker {
    private static final List<String> IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).sorted().toList();

    private ZonePicker() {
    }

    public static void setUp(ComboBox<String> box) {
        Formats formats = Formats.current();
        box.getItems().setAll(IDS);
        if (!box.getItems().contains("UTC")) {
            box.getItems().addFirst("UTC");
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null || id.isBlank() ? "" : label(formats, id);
            }

            @Override
            public String fromString(String text) {
                return find(text).orElse(text == null ? null : text.strip());
            }
        });
    }

    /** "Berlin (Europe)", "New York (America)", "UTC": the city first, its region to tell two alike apart. */
    static String label(Formats formats, String id) {
        try {
            ZoneId zone = ZoneId.of(id);
            String city = formats.zone(zone);
            int slash = id.indexOf('/');
            return slash < 0 || city.equals("UTC") ? city : city + " (" + id.substring(0, slash).replace('_', ' ') + ")";
        } catch (RuntimeException unknown) {
            return id;
        }
    }

    /** The zone a typed text means: an id, a city ("new york"), or a label as the list shows it. */
    static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        int paren = typed.indexOf(" (");
        String city = (paren > 0 ? typed.substring(0, paren) : typed).replace(' ', '_');
        for (String id : IDS) {
            if (id.equalsIgnoreCase(typed)) {
                return Optional.of(id);
            }
        }
        if (typed.equalsIgnoreCase("UTC") || typed.equalsIgnoreCase("Etc/UTC")) {
            return Optional.of("UTC");
        }
        return IDS.stream().filter(id -> id.substring(id.lastIndexOf('/') + 1).equalsIgnoreCase(city)).findFirst();
    }
}

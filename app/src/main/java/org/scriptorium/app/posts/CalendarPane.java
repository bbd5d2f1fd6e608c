package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The calendar: one header for every view (previous, next, today, the period shown, month / week / day / agenda, and
 * the zone times are shown in) over the view chosen. A view is built the first time it is chosen, and only the one
 * in sight draws when something changes.
 */
public final class CalendarPane extends BorderPane {
    private final CalendarViewModel calendar;
    private final Map<CalendarMode, CalendarPage> pages = new EnumMap<>(CalendarMode.class);

    public CalendarPane(CalendarViewModel calendar) {
        this.calendar = calendar;
        setId("calendar");
        getStylesheets().add(Objects.requireNonNull(CalendarPane.class.getResource("/org/scriptorium/resources/css/calendar.css")).toExternalForm());
        setTop(header());
        // A new mode ticks the version too: that draws the page, this puts it in sight.
        calendar.modeProperty().addListener((o, a, b) -> setCenter((Node) current()));
        calendar.versionProperty().addListener((o, a, b) -> current().draw());
        setCenter((Node) current());
        current().draw();
        // Moving a post without a mouse: Alt with the arrows, a day sideways, half an hour up or down.
        setFocusTraversable(true);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
                if (n == getTop()) {
                    return; // the header's own controls keep their focus
                }
            }
            requestFocus();
        });
        setOnKeyPressed(e -> {
            if (!e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case LEFT -> calendar.nudgeSelected(-1, 0);
                case RIGHT -> calendar.nudgeSelected(1, 0);
                case UP -> calendar.nudgeSelected(0, -30);
                case DOWN -> calendar.nudgeSelected(0, 30);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private Node header() {
        // The ids of the month-only calendar, which other tests and scripts look up, are kept.
        Button previous = new Button("‹");
        previous.setId("previousMonth");
        previous.setTooltip(new Tooltip("Previous"));
        previous.setOnAction(e -> calendar.previous());
        Button next = new Button("›");
        next.setId("nextMonth");
        next.setTooltip(new Tooltip("Next"));
        next.setOnAction(e -> calendar.next());
        Button today = new Button("Today");
        today.setId("calendarToday");
        today.setOnAction(e -> calendar.today());
        Label title = new Label();
        title.setId("monthTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(calendar.titleProperty());

        ToggleGroup modes = new ToggleGroup();
        HBox switcher = new HBox();
        for (CalendarMode mode : CalendarMode.values()) {
            ToggleButton button = new ToggleButton(mode.label());
            button.setId("show" + mode.label());
            button.setToggleGroup(modes);
            button.setSelected(mode == calendar.modeProperty().get());
            button.getStyleClass().add(mode.ordinal() == 0 ? Styles.LEFT_PILL
                    : mode.ordinal() == CalendarMode.values().length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setOnAction(e -> {
                calendar.modeProperty().set(mode);
                button.setSelected(true); // a second click keeps the view chosen
            });
            calendar.modeProperty().addListener((o, a, now) -> button.setSelected(now == mode));
            switcher.getChildren().add(button);
        }

        ComboBox<String> zone = new ComboBox<>();
        zone.setId("calendarZone");
        zone.setEditable(true);
        zone.setPrefWidth(160);
        zone.setMinWidth(100); // the one part of the header that gives way in a narrow window
        zone.setTooltip(new Tooltip("The zone the calendar shows times in"));
        org.scriptorium.app.common.ZonePicker.setUp(zone);
        zone.setValue(calendar.zoneProperty().get().getId());
        zone.setOnAction(e -> {
            calendar.showIn(zone.getValue());
            zone.setValue(calendar.zoneProperty().get().getId()); // a name it did not know is put back
        });
        calendar.zoneProperty().addListener((o, a, now) -> zone.setValue(now.getId()));
        for (Region keep : new Region[]{previous, next, today, title}) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        switcher.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));

        // Two groups that sit on one line in a wide window and wrap onto two in a narrow one, never clipped.
        HBox where = new HBox(8, previous, next, today, title);
        where.setAlignment(Pos.CENTER_LEFT);
        HBox how = new HBox(8, switcher, zone);
        how.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(24, 6, where, how);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 8, 0));
        return header;
    }

    private CalendarPage current() {
        return pages.computeIfAbsent(calendar.modeProperty().get(), mode -> switch (mode) {
            case MONTH -> new MonthView(calendar);
            case WEEK -> new TimeGridView(calendar, 7);
            case DAY -> new TimeGridView(calendar, 1);
            case AGENDA -> new AgendaView(calendar);
        });
    }
}

package org.scriptorium.app.posts;

/** How much of the calendar is shown at once. */
public enum CalendarMode {
    MONTH("Month"), WEEK("Week"), DAY("Day"), AGENDA("Agenda");

    private final String label;

    CalendarMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

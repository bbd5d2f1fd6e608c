package org.scriptorium.app.posts;

/** One of the calendar's views: it draws, when asked, what its view model shows now. */
interface CalendarPage {
    void draw();
}

package org.scriptorium.app.common;

/**
 * What the window remembers between runs on this machine: geometry, layout and theme.
 * A mutable bean because Jackson fills it and the window updates it as the user moves things.
 */
public final class UiState {
    public double x = Double.NaN;
    public double y = Double.NaN;
    public double width = 1280;
    public double height = 800;
    public boolean maximized;
    public double listDivider = 0.28;
    public double previewDivider = 0.5;
    public boolean previewVisible = true;
    /** Long lines wrap in the editor; off keeps a wide Markdown table's rows whole, with a horizontal scroll. */
    public boolean wrapLines = true;
    /** "system", "light" or "dark". */
    public String theme = "system";
    public boolean welcomed;
    public boolean allowRemoteImages;
    /** The draft open when the window closed, reopened at start. */
    public String openDraftId;
    /** The area shown when the window closed: "drafts" or "research". */
    public String area = "drafts";
    /** The research tab shown when the window closed: "topics" or "sources". */
    public String researchTab = "topics";
    /** The calendar's view ("month", "week", "day", "agenda") and the zone it showed times in, null: this computer's. */
    public String calendarMode;
    public String calendarZone;
    /** The topic open in the research area when the window closed. */
    public String openTopicId;
}

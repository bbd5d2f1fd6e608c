package org.scriptorium.app.desktop;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.research.topics.TopicFilter;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** What the quick switcher can reach: the menus' commands (read on the FX thread) and the studio's drafts, topics and posts. */
final class QuickSwitcherEntries {
    /** Where an entry takes the user. */
    interface Destinations {
        void draft(UUID id);

        void topic(UUID id);

        void post(UUID id);
    }

    private QuickSwitcherEntries() {
    }

    /** Every menu item that does something, named as in its menu ("Sync…" found as "Sync"). FX thread. */
    static List<QuickSwitcherViewModel.Entry> commands(MenuBar bar) {
        List<QuickSwitcherViewModel.Entry> commands = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText(), commands);
        }
        return commands;
    }

    private static void collect(Menu menu, String path, List<QuickSwitcherViewModel.Entry> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + sub.getText(), into);
            } else if (!(item instanceof SeparatorMenuItem) && item.getText() != null && item.getOnAction() != null) {
                String keys = item.getAccelerator() == null ? path : path + " · " + item.getAccelerator().getDisplayText();
                into.add(new QuickSwitcherViewModel.Entry(QuickSwitcherViewModel.Kind.COMMAND, item.getText().replace("…", ""), keys, item::fire));
            }
        }
    }

    /** The drafts, topics and posts, newest first. Runs queries: off the FX thread. */
    static List<QuickSwitcherViewModel.Entry> places(Studio studio, Destinations go) {
        List<QuickSwitcherViewModel.Entry> places = new ArrayList<>();
        studio.drafts().list(DraftFilter.ALL).forEach(d -> places.add(entry(QuickSwitcherViewModel.Kind.DRAFT, d.title(),
                d.status().label(), go::draft, d.id())));
        studio.research().topics().list(TopicFilter.ALL).forEach(t -> places.add(entry(QuickSwitcherViewModel.Kind.TOPIC, t.title(),
                t.status().label(), go::topic, t.id())));
        for (ScheduledPost post : studio.scheduling().posts().list(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"), null)) {
            String text = post.text().replaceAll("\\s+", " ");
            places.add(entry(QuickSwitcherViewModel.Kind.POST, text.length() > 90 ? text.substring(0, 90) + "…" : text,
                    post.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), go::post, post.id()));
        }
        return places;
    }

    private static QuickSwitcherViewModel.Entry entry(QuickSwitcherViewModel.Kind kind, String name, String detail, Consumer<UUID> go, UUID id) {
        return new QuickSwitcherViewModel.Entry(kind, name, detail, () -> go.accept(id));
    }
}

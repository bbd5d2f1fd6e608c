package org.scriptorium.app.desktop;

import javafx.scene.Node;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The views of the studio's areas, each built the first time it is shown (so an area never opened costs nothing
 * at start-up), with what to do each time it is shown (first: whether it was just built).
 */
final class AreaViews {
    private record Entry<T extends Node>(Supplier<T> make, BiConsumer<T, Boolean> onShow) {
        @SuppressWarnings("unchecked")
        void shown(Node view, boolean first) {
            onShow.accept((T) view, first);
        }
    }

    private final Map<Area, Entry<?>> entries = new EnumMap<>(Area.class);
    private final Map<Area, Node> built = new EnumMap<>(Area.class);

    <T extends Node> void add(Area area, Supplier<T> make, BiConsumer<T, Boolean> onShow) {
        entries.put(area, new Entry<>(make, onShow));
    }

    /** The area's view, built now if it never was. */
    Node show(Area area) {
        Entry<?> entry = entries.get(area);
        boolean first = !built.containsKey(area);
        Node view = built.computeIfAbsent(area, a -> entry.make().get());
        entry.shown(view, first);
        return view;
    }

    /** The view if it was built, for remembering its state at exit. */
    @SuppressWarnings("unchecked")
    <T extends Node> T ifBuilt(Area area) {
        return (T) built.get(area);
    }
}

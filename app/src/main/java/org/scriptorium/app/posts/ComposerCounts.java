package org.scriptorium.app.posts;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.core.writing.social.PlatformRules;

import java.util.Collection;
import java.util.List;

/**
 * The composer's text counted as each chosen network counts it (links, mentions and emoji as it does), one count
 * per network, kept up to date while typing; the text fits when it fits every one of them.
 */
public final class ComposerCounts {
    /** "212 / 300" on one network; {@code fits} is false past the network's room. */
    public record NetworkCount(Platform platform, int length, int limit, boolean fits) {
        public String text() {
            return length + " / " + limit;
        }
    }

    private final ObservableList<NetworkCount> counts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fits = new ReadOnlyBooleanWrapper(true);

    void recount(String text, Collection<Platform> networks) {
        String written = text == null ? "" : text;
        List<NetworkCount> now = networks.stream().distinct().sorted().map(network -> {
            PlatformRules rules = PlatformRules.of(network);
            return new NetworkCount(network, rules.length(written), rules.limit(), rules.fits(written));
        }).toList();
        counts.setAll(now);
        fits.set(now.stream().allMatch(NetworkCount::fits));
        // One network: just its count; several: each named, so the one that is over can be told apart.
        summary.set(now.size() == 1 ? now.getFirst().text()
                : String.join(" · ", now.stream().map(c -> c.platform().label() + " " + c.text()).toList()));
    }

    /** One count per chosen network, in the networks' order. */
    public ObservableList<NetworkCount> counts() {
        return counts;
    }

    /** "18 / 300", or "LinkedIn 18 / 3000 · Bluesky 18 / 300" for several networks; empty before an account is chosen. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fitsProperty() {
        return fits.getReadOnlyProperty();
    }
}

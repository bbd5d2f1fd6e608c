package org.scriptorium.app.posts;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.core.writing.social.PlatformRules;

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

    /** Counts the text each chosen network will be sent (with its links as they go out). */
    void recount(java.util.Map<Platform, String> sentByNetwork) {
        List<NetworkCount> now = sentByNetwork.keySet().stream().sorted().map(network -> {
            PlatformRules rules = PlatformRules.of(network);
            String sent = sentByNetwork.get(network);
            return new NetworkCount(network, rules.length(sent), rules.limit(), rules.fits(sent));
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

package org.scriptorium.app.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How an account is recognised at a glance: its picture from the network (loaded in the background, once per
 * address) over a circle with its initial, and its network's mark, the network's initial in the network's colour.
 * No icon font this app can ship has every network's logo, so the marks are drawn here, the same everywhere.
 */
public final class AccountPicture {
    /** Pictures by address and size: a calendar of a hundred chips loads each account's picture once. */
    private static final Map<String, Image> LOADED = new ConcurrentHashMap<>();

    private AccountPicture() {
    }

    /** The account's picture, {@code radius} round, with its network's mark at the lower right when {@code marked}. */
    public static Node of(Account account, double radius, boolean marked) {
        Circle circle = new Circle(radius);
        circle.getStyleClass().add("account-avatar");
        Label initial = new Label(account.name().isBlank() ? "?" : account.name().substring(0, 1).toUpperCase(Locale.ROOT));
        initial.getStyleClass().add("post-avatar-initial");
        initial.setStyle("-fx-font-size: " + Math.max(7, Math.round(radius)) + "px;");
        StackPane picture = new StackPane(circle, initial);
        picture.getStyleClass().add("account-picture");
        ImageView photo = photo(account, radius);
        if (photo != null) {
            picture.getChildren().add(photo);
        }
        if (marked) {
            Label mark = network(account.network());
            mark.setStyle("-fx-font-size: " + Math.max(6, Math.round(radius * 0.7)) + "px;");
            StackPane.setAlignment(mark, javafx.geometry.Pos.BOTTOM_RIGHT);
            mark.setTranslateX(radius * 0.35);
            mark.setTranslateY(radius * 0.25);
            picture.getChildren().add(mark);
        }
        return picture;
    }

    /**
     * The account's picture from its network, {@code radius} round, shown once it has loaded (offline or refused, it
     * stays hidden and what is under it shows); null when the account has no picture.
     */
    public static ImageView photo(Account account, double radius) {
        String address = account.avatarUrl();
        if (address == null || !address.startsWith("https://")) {
            return null;
        }
        int side = (int) Math.ceil(radius * 2);
        Image image = LOADED.computeIfAbsent(address + "@" + side, key -> new Image(address, side, side, true, true, true));
        ImageView view = new ImageView(image);
        view.setClip(new Circle(radius, radius, radius));
        view.visibleProperty().bind(image.errorProperty().not().and(image.progressProperty().isEqualTo(1.0, 0.001)));
        return view;
    }

    /**
     * A small sign for the account where room is short (a toggle, a calendar chip): the network's mark, after the
     * account's picture once that has loaded (an initial in a tiny circle would say little).
     */
    public static Node badge(Account account) {
        Label mark = network(account.network());
        ImageView view = photo(account, 9);
        if (view == null) {
            return mark;
        }
        // The picture joins the mark once it has loaded; offline or refused, the mark alone.
        view.managedProperty().bind(view.visibleProperty());
        javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(3, view, mark);
        both.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return both;
    }

    /** The network's mark: "in", "f", "M" or "B" on the network's colour. */
    public static Label network(Network network) {
        return network(network.platform());
    }

    /** A network's mark by the counting rules' name for it. */
    public static Label network(org.scriptorium.core.writing.social.Platform network) {
        Label mark = new Label(switch (network) {
            case LINKEDIN -> "in";
            case FACEBOOK -> "f";
            case MASTODON -> "M";
            case BLUESKY -> "B";
            case X -> "X";
        });
        mark.getStyleClass().addAll("network-mark", "network-mark-" + network.name().toLowerCase(Locale.ROOT));
        mark.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        return mark;
    }
}

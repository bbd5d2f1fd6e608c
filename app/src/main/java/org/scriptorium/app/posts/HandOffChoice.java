package org.scriptorium.app.posts;

import org.scriptorium.core.accounts.Account;

/**
 * What the Posts area offers for handing the selected post to its network: the button's words, whether it can be
 * pressed, and a hint saying what it does or why it cannot.
 */
public record HandOffChoice(String label, boolean possible, String hint, boolean offered) {
    HandOffChoice(String label, boolean possible, String hint) {
        this(label, possible, hint, true);
    }

    static final HandOffChoice NOTHING_SELECTED = new HandOffChoice("Hand to its network", false,
            "Select a planned post to hand it to its network, which publishes it at its time even with this computer off.");

    static HandOffChoice of(PostsViewModel.Row row, Account account, boolean networkHoldsPosts) {
        if (row == null) {
            return NOTHING_SELECTED;
        }
        if (account == null) {
            return new HandOffChoice(NOTHING_SELECTED.label(), false, "The post's account was disconnected.");
        }
        String network = account.network().label();
        String label = "Hand to " + network;
        if (!networkHoldsPosts) {
            // Not offered at all: a disabled "Hand to Bluesky" only says what the network cannot do.
            return new HandOffChoice(label, false, network + " cannot hold a post until its time; Scriptorium sends it then, while it runs.", false);
        }
        return switch (row.post().status()) {
            case SCHEDULED -> new HandOffChoice(label, true, network + " holds the post and publishes it at its time, even with this computer off.");
            case ON_PLATFORM -> new HandOffChoice(label, false, network + " holds this post already; moving or cancelling it changes it there too.");
            case DRAFT -> new HandOffChoice(label, false, "Give the post a time first.");
            default -> new HandOffChoice(label, false, "Only a planned post can be handed off; this one is " + row.statusText() + ".");
        };
    }

}

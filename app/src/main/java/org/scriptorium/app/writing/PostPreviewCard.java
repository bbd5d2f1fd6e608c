package org.scriptorium.app.writing;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.core.writing.social.PostPreview;

import java.net.URI;

/**
 * A post drawn the way its platform's feed shows it: author line, text with links, hashtags and mentions in the
 * platform's colour, links shortened as the platform shortens them, the fold behind "…see more" (click to open it, as
 * in the feed), a link card, and every character past the limit in red. Only draws what {@link PostPreview} says.
 */
public final class PostPreviewCard extends VBox {
    private final String linkTitle;
    private final TextFlow body = new TextFlow();
    private final VBox linkCard = new VBox(2);
    private PostPreview preview;
    private String authorName;
    private String authorHandle;
    private org.scriptorium.core.accounts.Account authorAccount;
    private boolean unfolded;

    public PostPreviewCard(String linkTitle) {
        this.linkTitle = linkTitle;
        getStyleClass().add("post-preview");
        setSpacing(8);
        body.getStyleClass().add("post-body");
        linkCard.getStyleClass().add("post-link-card");
        setMinWidth(280);
        setPrefWidth(340);
    }

    /** The account the post goes out as, shown in the author line instead of "You" (the composer knows it). */
    public void setAuthor(String name, String handle) {
        this.authorAccount = null;
        this.authorName = name == null || name.isBlank() ? null : name;
        this.authorHandle = handle == null || handle.isBlank() ? null : handle;
    }

    /** The account the post goes out as: its name, its handle and its picture from the network once that has loaded. */
    public void setAuthor(org.scriptorium.core.accounts.Account account) {
        setAuthor(account == null ? null : account.name(), account == null ? null : account.handle());
        this.authorAccount = account;
    }

    public void show(PostPreview shown, String link) {
        this.preview = shown;
        getStyleClass().removeIf(c -> c.startsWith("post-on-"));
        getStyleClass().add("post-on-" + shown.platform().name().toLowerCase(java.util.Locale.ROOT));
        getChildren().setAll(header(shown.platform()), body);
        drawBody();
        if (link != null && !link.isBlank() && shown.platform() != Platform.MASTODON) {
            drawLinkCard(link.strip());
            getChildren().add(linkCard);
        }
        Label actions = new Label(actions(shown.platform()));
        actions.getStyleClass().addAll("post-actions", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().add(actions);
    }

    private void drawBody() {
        body.getChildren().clear();
        int at = 0;
        int fold = unfolded ? -1 : preview.foldAt();
        for (PostPreview.Segment segment : preview.segments()) {
            String shown = segment.shown();
            if (fold >= 0 && at + segment.written().length() > fold) {
                if (segment.kind() == PostPreview.Kind.TEXT) {
                    body.getChildren().add(text(shown.substring(0, fold - at), segment));
                }
                Text more = new Text("…see more");
                more.getStyleClass().addAll("post-see-more");
                more.setOnMouseClicked(e -> {
                    unfolded = true;
                    drawBody();
                });
                body.getChildren().add(more);
                return;
            }
            body.getChildren().add(text(shown, segment));
            at += segment.written().length();
        }
    }

    private static Text text(String shown, PostPreview.Segment segment) {
        Text text = new Text(shown);
        text.getStyleClass().add("post-text");
        if (segment.kind() != PostPreview.Kind.TEXT) {
            text.getStyleClass().add("post-entity");
        }
        if (segment.overLimit()) {
            text.getStyleClass().add("post-over-limit");
        }
        return text;
    }

    private HBox header(Platform platform) {
        Circle avatar = new Circle(18);
        avatar.getStyleClass().add("post-avatar");
        Label initial = new Label(authorName == null ? "Y" : authorName.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
        initial.getStyleClass().add("post-avatar-initial");
        StackPane picture = new StackPane(avatar, initial);
        javafx.scene.image.ImageView photo = authorAccount == null ? null : org.scriptorium.app.common.AccountPicture.photo(authorAccount, 18);
        if (photo != null) {
            picture.getChildren().add(photo);
        }
        Label name = new Label(authorName == null ? "You" : authorName);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label meta = new Label(authorHandle != null && platform != Platform.LINKEDIN && platform != Platform.FACEBOOK
                ? "@" + authorHandle.replaceFirst("^@", "") + " · now" : meta(platform));
        // A long handle is cut in a narrow preview, as the feeds themselves cut it.
        meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "may-truncate");
        meta.setMinWidth(0);
        VBox who = new VBox(0, name, meta);
        who.setMinWidth(0);
        HBox.setHgrow(who, Priority.SOMETIMES);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label network = org.scriptorium.app.common.AccountPicture.network(platform);
        network.setAccessibleText(SocialViewModel.label(platform));
        HBox header = new HBox(10, picture, who, gap, network);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void drawLinkCard(String link) {
        String host = link;
        try {
            String h = URI.create(link).getHost();
            host = h == null ? link : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException ignored) {
            // shown as typed
        }
        Label domain = new Label(host);
        domain.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label title = new Label(linkTitle == null || linkTitle.isBlank() ? link : linkTitle);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        linkCard.getChildren().setAll(title, domain);
    }

    private static String meta(Platform platform) {
        return switch (platform) {
            case LINKEDIN -> "Creator · now";
            case FACEBOOK -> "Just now · Public";
            case X -> "@you · now";
            case MASTODON -> "@you@your.instance · now";
            case BLUESKY -> "@you.bsky.social · now";
        };
    }

    private static String actions(Platform platform) {
        return switch (platform) {
            case LINKEDIN -> "Like    Comment    Repost    Send";
            case FACEBOOK -> "Like    Comment    Share";
            case X -> "Reply    Repost    Like    Views";
            case MASTODON -> "Reply    Boost    Favourite";
            case BLUESKY -> "Reply    Repost    Like";
        };
    }
}

package org.scriptorium.core.markdown;

import java.util.Objects;

/** How a preview page looks and whether it may fetch remote images. */
public record PreviewOptions(PreviewTheme theme, RemoteImages remoteImages) {

    public PreviewOptions {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(remoteImages, "remoteImages");
    }

    /** Light theme, nothing fetched from the network. */
    public static PreviewOptions defaults() {
        return new PreviewOptions(PreviewTheme.LIGHT, RemoteImages.BLOCK);
    }

    public PreviewOptions withTheme(PreviewTheme newTheme) {
        return new PreviewOptions(newTheme, remoteImages);
    }

    public PreviewOptions withRemoteImages(RemoteImages newRemoteImages) {
        return new PreviewOptions(theme, newRemoteImages);
    }
}

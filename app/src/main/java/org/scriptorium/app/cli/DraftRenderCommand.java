package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.markdown.PreviewOptions;
import org.scriptorium.core.markdown.PreviewTheme;
import org.scriptorium.core.markdown.RemoteImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code draft render ID}: the sanitized HTML the preview shows. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Print the sanitized HTML the preview shows for a draft.")
final class DraftRenderCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The draft's id, or a unique start of it.")
    String id;

    @Option(names = "--page", description = "The whole preview page (stylesheet and Content-Security-Policy), not just the body.")
    boolean page;

    @Option(names = "--dark", description = "With --page: the dark stylesheet.")
    boolean dark;

    @Option(names = "--remote-images", description = "Keep remote images instead of showing placeholders, as the preview does when allowed.")
    boolean remoteImages;

    @Override
    void run() {
        DraftDocument draft = drafts().get(draftId(id));
        RemoteImages images = remoteImages ? RemoteImages.LOAD : RemoteImages.BLOCK;
        String html = page
                ? studio().previewPage().page(draft.body(), new PreviewOptions(dark ? PreviewTheme.DARK : PreviewTheme.LIGHT, images))
                : studio().markdown().fragment(draft.body(), images);
        out().print(html);
        if (!html.endsWith("\n")) {
            out().println();
        }
    }
}

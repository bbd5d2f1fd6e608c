package org.scriptorium.core.writing.offline;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.TokenSink;
import org.scriptorium.core.writing.assistant.SeoMetadata;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeoWriterTest {
    private final OfflineWriter writer = new OfflineWriter();

    @Test
    void slugsAreLowerCaseAsciiWithAccentsFoldedAndStopWordsDropped() {
        assertThat(Slugs.of("Über café: naïve résumé — 2026!")).isEqualTo("uber-cafe-naive-resume-2026");
        assertThat(Slugs.of("What the Straße of Øresund means for us")).isEqualTo("strasse-oresund-means");
        assertThat(Slugs.of("  Java 25's   virtual threads, explained  ")).isEqualTo("java-25s-virtual-threads-explained");
        String long_ = Slugs.of("Heat pump grants, installer shortages, grid upgrades and transformer limits in northern districts");
        assertThat(long_).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("heat-pump-grants-installer-shortages");
        assertThat(long_.split("-")).allMatch(w -> "heat pump grants installer shortages grid upgrades transformer limits northern districts".contains(w));
    }

    @Test
    void metadataForTheDraftDescribesItsOpeningAndNamesItsKeywords() {
        var brief = Briefs.heatPumps();
        var outline = writer.outline(brief, TokenSink.NONE, Progress.NONE);
        String draft = writer.draft(brief, outline, TokenSink.NONE, Progress.NONE);

        SeoMetadata seo = writer.seo(outline.title(), draft, Progress.NONE);

        assertThat(seo.metaDescription()).isEqualTo("The Marlow Energy Agency doubled its heat pump grant to 7,500 euros per household in March.");
        assertThat(seo.slug()).isEqualTo("heat-pump-subsidies-installers");
        assertThat(seo.titleIdeas()).hasSizeBetween(3, 5).doesNotHaveDuplicates()
                .contains("Heat Pump Subsidies and Installers: What Changed");
        assertThat(seo.titleIdeas()).anyMatch(t -> t.startsWith("How ")).anyMatch(t -> t.matches("\\d+ Things to Know About .+"));
        assertThat(seo.keywords()).hasSizeBetween(5, 8).contains("Marlow Energy Agency", "installers", "grid upgrades");
    }

    @Test
    void aLongOpeningIsCutAtAWordWithAnEllipsisWithin160Characters() {
        String markdown = "# Grid limits\n\nOn the coldest evenings of last winter, transformers in the older streets of the "
                + "northern districts ran close to their rated limit for several hours, and the grid operator had to shift load "
                + "between substations to keep every house supplied. A second sentence follows.";

        String meta = SeoWriter.metaDescription(PlainText.paragraphs(markdown));

        assertThat(meta).hasSizeLessThanOrEqualTo(160).endsWith("…").startsWith("On the coldest evenings");
        String withoutEllipsis = meta.substring(0, meta.length() - 1);
        assertThat(markdown).contains(withoutEllipsis + " ");
        assertThat(SeoWriter.metaDescription(List.of("Short opening. Second one."))).isEqualTo("Short opening. Second one.");
    }
}

package org.scriptorium.core.writing.social;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadSplitterTest {
    private static final String LINK = "https://grid.example.org/upgrades/northern-districts/2026/transformer-replacement-plan";
    private static final String TEXT = "Heat pumps arrived in the older streets faster than anyone planned for 👨‍👩‍👧. "
            + "On the coldest evenings of January, transformers ran close to their rated limit for several hours 🇩🇪. "
            + "Nordnet plans to replace 60 transformers and lay new cables in the older districts over the next three years, "
            + "starting with the streets where heat pumps are most common and where the evening peaks were highest. "
            + "The full plan is at " + LINK + " and lists every street. "
            + "Residents will see road works for about two weeks per street 🚧. Smart thermostats that preheat homes in the "
            + "afternoon flatten the evening peak 👍🏽. A pilot with fifty homes cut their evening demand by a fifth without "
            + "making anyone colder, and households that join the scheme get a small discount on their grid fee. "
            + "Café owners on the main square said the road works were well announced. 東京の電力会社も同じ問題を抱えている。";

    @Test
    void everyPartOfAThreadFitsItsPlatformAndIsNumbered() {
        for (Platform platform : List.of(Platform.X, Platform.MASTODON, Platform.BLUESKY)) {
            PlatformRules rules = PlatformRules.of(platform);
            List<String> parts = new ThreadSplitter(rules).split(TEXT);

            assertThat(parts).as(platform.name()).hasSizeGreaterThan(1);
            for (int i = 0; i < parts.size(); i++) {
                assertThat(parts.get(i)).startsWith((i + 1) + "/" + parts.size() + " ");
                assertThat(rules.fits(parts.get(i))).as(platform + " part " + (i + 1) + ": " + parts.get(i)).isTrue();
            }
            assertThat(joined(parts)).isEqualTo(TEXT);
            assertThat(parts).filteredOn(p -> p.contains(LINK)).hasSize(1);
        }
    }

    @Test
    void xThreadsCutBetweenSentencesWhenTheyFit() {
        List<String> parts = new ThreadSplitter(PlatformRules.of(Platform.X)).split(TEXT);

        for (String part : parts) {
            String text = ThreadSplitter.withoutNumber(part);
            assertThat(text).matches("(?s).*[.!?。🚧🇩🇪👍🏽👨‍👩‍👧]$|.*\\S$");
        }
        assertThat(ThreadSplitter.withoutNumber(parts.getFirst())).endsWith("👨‍👩‍👧. On the coldest evenings of January, transformers ran close to their rated limit for several hours 🇩🇪.");
    }

    @Test
    void aTextThatFitsStaysOnePostWithoutANumber() {
        assertThat(new ThreadSplitter(PlatformRules.of(Platform.X)).split("  Short and sweet 👍🏽  ")).containsExactly("Short and sweet 👍🏽");
    }

    @Test
    void aLongRunWithoutSpacesIsCutBetweenGraphemesNeverInsideOne() {
        String run = "漢字👨‍👩‍👧".repeat(120); // 360 graphemes, 720 weighted on X
        for (Platform platform : List.of(Platform.X, Platform.BLUESKY)) {
            PlatformRules rules = PlatformRules.of(platform);
            List<String> parts = new ThreadSplitter(rules).split(run);

            assertThat(parts).allMatch(rules::fits);
            assertThat(String.join("", parts.stream().map(ThreadSplitter::withoutNumber).toList())).isEqualTo(run);
            assertThat(parts.stream().map(ThreadSplitter::withoutNumber))
                    .allMatch(p -> p.matches("^(漢字👨‍👩‍👧|字👨‍👩‍👧|👨‍👩‍👧)*(漢字|漢)?$"));
        }
    }

    @Test
    void tenOrMorePartsCountTheWiderNumbersToo() {
        String text = "Transformers need care in winter. ".repeat(120);
        PlatformRules x = PlatformRules.of(Platform.X);
        List<String> parts = new ThreadSplitter(x).split(text);

        assertThat(parts.size()).isGreaterThanOrEqualTo(10);
        assertThat(parts.getLast()).startsWith(parts.size() + "/" + parts.size() + " ");
        assertThat(parts).allMatch(x::fits);
        assertThat(joined(parts)).isEqualTo(text.strip());
    }

    private static String joined(List<String> parts) {
        return String.join(" ", parts.stream().map(ThreadSplitter::withoutNumber).toList()).replaceAll("\\s+", " ");
    }
}

package org.scriptorium.core.updates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseVersionTest {
    @Test
    void preReleasesRankBelowTheirReleaseAndNumbersCountByValue() {
        List<String> ascending = List.of("1.2.0", "1.3.0-SNAPSHOT", "1.3.0-alpha", "1.3.0-alpha.1", "1.3.0-rc.1", "1.3.0-rc.2", "1.3.0-rc.10",
                "v1.3.0", "1.3.1", "1.10.0", "2.0.0");
        List<ReleaseVersion> parsed = ascending.stream().map(v -> ReleaseVersion.parse(v).orElseThrow()).toList();

        assertThat(parsed).isSorted();
        assertThat(parsed.stream().sorted().distinct()).hasSameSizeAs(ascending);
        assertThat(parsed.get(1).isPreRelease()).isTrue();
        assertThat(parsed.get(7).isPreRelease()).isFalse();
    }

    @Test
    void aLeadingVAndBuildMetadataAreNotPartOfTheVersion() {
        assertThat(ReleaseVersion.parse("v1.3.0+build.7")).contains(ReleaseVersion.parse("1.3.0").orElseThrow());
        assertThat(ReleaseVersion.parse("v1.3.0-rc.1").orElseThrow()).hasToString("1.3.0-rc.1");
    }

    @Test
    void tagsThatAreNotVersionsAreRefused() {
        assertThat(List.of("nightly", "1.3", "v1.3.0.1", "release-1.3.0", "1.3.0-", "", "v", "99999999999.0.0"))
                .allSatisfy(tag -> assertThat(ReleaseVersion.parse(tag)).as(tag).isEmpty());
    }
}

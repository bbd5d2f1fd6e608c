package org.scriptorium.app.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ShortIdsTest {
    private static final UUID EARLY = UUID.fromString("01a20609-9597-75a6-b401-b7defb7184fc");
    private static final UUID SAME_MINUTE = UUID.fromString("01a20609-a34a-72f2-8dc8-52a29ad005ab");
    private static final UUID LATER = UUID.fromString("01a3ffff-0000-7000-8000-000000000000");

    @Test
    void idsStayEightCharactersUntilTheyWouldCollide() {
        ShortIds ids = new ShortIds(List.of(EARLY, SAME_MINUTE, LATER));

        assertThat(ids.lengthFor(List.of(LATER))).isEqualTo(8);
        assertThat(ids.lengthFor(List.of(EARLY))).isEqualTo(10);
        assertThat(ids.lengthFor(List.of(LATER, SAME_MINUTE))).isEqualTo(10);
        assertThat(ShortIds.shorten(EARLY, 10)).isEqualTo("01a20609-9");
        assertThat(new ShortIds(List.of(EARLY)).lengthFor(List.of())).isEqualTo(8);
    }
}

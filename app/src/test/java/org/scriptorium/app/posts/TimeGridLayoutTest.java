package org.scriptorium.app.posts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where posts go in a day of the week or day view: by time, side by side when they overlap, counted when too many. */
class TimeGridLayoutTest {
    private record Post(String name, int minute) {
    }

    @Test
    void postsThatOverlapShareTheWidthAndOthersTakeAllOfIt() {
        Post nine = new Post("09:00", 540);
        Post nineTen = new Post("09:10", 550);
        Post ten = new Post("10:00", 600);
        Post noon = new Post("12:00", 720);

        var layout = TimeGridLayout.of(List.of(noon, ten, nineTen, nine), Post::minute, 30, 30, 3);

        assertThat(layout.placed()).containsExactly(
                new TimeGridLayout.Placed<>(nine, 540, 0, 2),
                new TimeGridLayout.Placed<>(nineTen, 550, 1, 2),
                new TimeGridLayout.Placed<>(ten, 600, 0, 1),
                new TimeGridLayout.Placed<>(noon, 720, 0, 1));
        assertThat(layout.overflows()).isEmpty();
    }

    @Test
    void aLaneFreedByAnEarlierPostIsReusedWithinAChain() {
        Post a = new Post("a", 540);
        Post b = new Post("b", 560); // overlaps a
        Post c = new Post("c", 575); // overlaps b only: takes a's lane again

        var layout = TimeGridLayout.of(List.of(a, b, c), Post::minute, 30, 30, 3);

        assertThat(layout.placed()).extracting(TimeGridLayout.Placed::lane).containsExactly(0, 1, 0);
        assertThat(layout.placed()).extracting(TimeGridLayout.Placed::lanes).containsOnly(2);
    }

    @Test
    void moreOverlappingPostsThanLanesLeaveTheLastLaneToACountPerSlot() {
        List<Post> busy = List.of(new Post("1", 540), new Post("2", 540), new Post("3", 545), new Post("4", 550),
                new Post("5", 555), new Post("6", 580), new Post("7", 585), new Post("8", 590));

        var layout = TimeGridLayout.of(busy, Post::minute, 30, 30, 3);

        assertThat(layout.placed()).extracting(p -> p.item().name()).containsExactly("1", "2", "6", "7");
        assertThat(layout.placed()).allSatisfy(p -> {
            assertThat(p.lane()).isLessThan(2);
            assertThat(p.lanes()).isEqualTo(3);
        });
        // The rest are counted in the third lane, at the half hour each starts in.
        assertThat(layout.overflows()).extracting(rest -> rest.items().stream().map(Post::name).toList(), TimeGridLayout.Overflow::minute)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("3", "4", "5"), 540),
                        org.assertj.core.groups.Tuple.tuple(List.of("8"), 570));
        assertThat(layout.overflows()).extracting(TimeGridLayout.Overflow::lane).containsOnly(2);
    }
}

package org.scriptorium.core.analytics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When an account's posts do best, from its own history: each post's engagement (reactions, comments, shares and
 * quotes at its latest snapshot) counted in the weekday and hour it went out, in the zone the account posts in. A
 * cell's score is its mean pulled toward the account's overall mean by how few posts it has (a Bayesian average), so one
 * lucky post does not make a best time.
 */
public final class BestTimes {
    /** How many posts' worth of the overall mean each cell starts with. */
    static final double PRIOR_POSTS = 2;

    /** A post that went out, and how it did. */
    public record Outcome(Instant publishedAt, long engagement) {
    }

    /** One weekday and hour: how many posts went out then, their mean engagement, and the score the ranking uses. */
    public record Cell(DayOfWeek day, int hour, int posts, double mean, double score) {
    }

    /** Every cell with at least one post (the heatmap), and the best {@code top} of them, best first. */
    public record Result(List<Cell> heatmap, List<Cell> best, double overallMean, int posts) {
        /** The best cells as posting slots, in the form the queue reads ("Tue 09:00; Thu 17:00"); empty when none. */
        public String slots(ZoneId zone) {
            if (best.isEmpty()) {
                return "";
            }
            return new org.scriptorium.core.scheduling.PostingSlots(best.stream()
                    .map(c -> new org.scriptorium.core.scheduling.PostingSlots.Slot(c.day(), LocalTime.of(c.hour(), 0))).toList(), zone).spec();
        }
    }

    private BestTimes() {
    }

    /** The heatmap of {@code outcomes} in {@code zone}, and its {@code top} cells among those with at least {@code minPosts}. */
    public static Result of(List<Outcome> outcomes, ZoneId zone, int top, int minPosts) {
        long[][] sums = new long[7][24];
        int[][] counts = new int[7][24];
        long total = 0;
        for (Outcome outcome : outcomes) {
            ZonedDateTime at = outcome.publishedAt().atZone(zone);
            int d = at.getDayOfWeek().getValue() - 1;
            sums[d][at.getHour()] += outcome.engagement();
            counts[d][at.getHour()]++;
            total += outcome.engagement();
        }
        double overall = outcomes.isEmpty() ? 0 : (double) total / outcomes.size();
        List<Cell> cells = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                if (counts[d][h] > 0) {
                    double mean = (double) sums[d][h] / counts[d][h];
                    double score = (sums[d][h] + PRIOR_POSTS * overall) / (counts[d][h] + PRIOR_POSTS);
                    cells.add(new Cell(DayOfWeek.of(d + 1), h, counts[d][h], mean, score));
                }
            }
        }
        List<Cell> best = cells.stream().filter(c -> c.posts() >= minPosts && c.score() > overall)
                .sorted(Comparator.comparingDouble(Cell::score).reversed().thenComparing(Cell::day).thenComparingInt(Cell::hour))
                .limit(top).toList();
        return new Result(List.copyOf(cells), best, overall, outcomes.size());
    }
}

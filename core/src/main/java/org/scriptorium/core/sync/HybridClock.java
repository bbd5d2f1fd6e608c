package org.scriptorium.core.sync;

import java.time.Clock;
import java.util.UUID;

/**
 * A hybrid logical clock: the wall time in milliseconds, a counter for writes within one millisecond or behind a clock
 * seen from another device, and the device as the last tie-break. Its stamps sort as text, so a field written later
 * (as far as any device could know) always wins, even between devices whose clocks disagree.
 */
final class HybridClock {
    private final Clock clock;
    private final UUID device;
    private long millis;
    private int counter;

    HybridClock(Clock clock, UUID device, String last) {
        this.clock = clock;
        this.device = device;
        if (last != null) {
            observe(last);
        }
    }

    /** A stamp for a write made now on this device, later than every stamp this clock has made or seen. */
    synchronized String tick() {
        long now = clock.millis();
        if (now > millis) {
            millis = now;
            counter = 0;
        } else {
            counter++;
        }
        return format(millis, counter, device);
    }

    /** Moves this clock past a stamp another device made, so this device's next write sorts after it. */
    synchronized void observe(String stamp) {
        long[] parsed = parse(stamp);
        if (parsed == null) {
            return;
        }
        if (parsed[0] > millis || (parsed[0] == millis && parsed[1] > counter)) {
            millis = parsed[0];
            counter = (int) parsed[1];
        }
    }

    /** The stamp for a wall time alone (a local write made before sync knew of it), counter 0. */
    static String at(long wallMillis, UUID device) {
        return format(wallMillis, 0, device);
    }

    /** The smallest stamp of {@code device} after {@code stamp}: a change made on top of the one {@code stamp} marks. */
    static String after(String stamp, UUID device) {
        long[] parsed = parse(stamp);
        return parsed == null ? format(0, 0, device) : format(parsed[0], (int) parsed[1] + 1, device);
    }

    private static String format(long millis, int counter, UUID device) {
        return String.format(java.util.Locale.ROOT, "%015d-%06d-%s", millis, counter, device);
    }

    private static long[] parse(String stamp) {
        String[] parts = stamp.split("-", 3);
        if (parts.length < 3) {
            return null;
        }
        try {
            return new long[]{Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

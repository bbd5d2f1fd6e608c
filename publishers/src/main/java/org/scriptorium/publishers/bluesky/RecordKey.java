package org.scriptorium.publishers.bluesky;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The record key of a job's post: a TID (13 base32-sortable characters of microseconds since 1970 and a 10-bit clock
 * id) derived from the job alone, so every attempt of one job writes the same key. A second attempt then collides
 * with the first instead of posting twice, and reconciliation looks the key up.
 */
final class RecordKey {
    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

    private RecordKey() {
    }

    static String of(UUID jobId, Instant createdAt) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt) & ((1L << 53) - 1);
        long clockId = (jobId.getLeastSignificantBits() ^ jobId.getMostSignificantBits()) & 0x3FF;
        long value = (micros << 10) | clockId;
        char[] out = new char[13];
        for (int i = 12; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(out);
    }
}

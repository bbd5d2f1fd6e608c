package org.scriptorium.core.store;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochRandomGenerator;

import java.util.UUID;

/**
 * Row identifiers: UUIDv7, so ids sort by creation time (to the millisecond) and never collide across devices.
 * The bits after the time are fresh random ones for every id, not a counter, so ids made in the same
 * millisecond (a poll's documents, a discovery's topics) still differ early enough to be typed short.
 */
public final class Ids {
    private static final TimeBasedEpochRandomGenerator GENERATOR = Generators.timeBasedEpochRandomGenerator();

    private Ids() {
    }

    public static UUID newId() {
        return GENERATOR.generate();
    }
}

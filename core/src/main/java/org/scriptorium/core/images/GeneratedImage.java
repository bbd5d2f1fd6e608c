package org.scriptorium.core.images;

import java.time.Duration;

/** Image bytes (PNG or JPEG as the service sent them) and what made them, for the library and the usage ledger. */
public record GeneratedImage(byte[] bytes, String mediaType, String provider, String model, String prompt, Duration latency) {
}

package org.scriptorium.core.images;

/** An image to generate: a prompt, what to avoid, and the size wanted (providers may round it). */
public record ImageRequest(String prompt, String negativePrompt, ImageSize size, String model) {
}

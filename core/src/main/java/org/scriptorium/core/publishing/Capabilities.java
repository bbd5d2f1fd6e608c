package org.scriptorium.core.publishing;

/**
 * What a network accepts, for validation before anything is sent and for the scheduler's choices.
 *
 * @param maxCharacters    the length limit, counted the network's way (see {@link org.scriptorium.core.writing.social.PlatformRules})
 * @param maxImages        how many images one post may carry
 * @param maxImageBytes    the largest image file the network takes
 * @param firstComment     whether a first comment can be posted under the post
 * @param nativeScheduling whether the network itself can hold a post until a set time
 * @param idempotencyKeys  whether a repeated request with the same key is answered with the first post, not a copy
 */
public record Capabilities(int maxCharacters, int maxImages, long maxImageBytes, boolean firstComment, boolean nativeScheduling,
                           boolean idempotencyKeys) {
}

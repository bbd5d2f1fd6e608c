package org.scriptorium.core.publishing;

/** Something in a post the network would refuse, said in one sentence ("The post is 3,120 characters; LinkedIn allows 3,000."). */
public record Problem(String message) {
}

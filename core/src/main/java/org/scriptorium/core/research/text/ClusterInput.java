package org.scriptorium.core.research.text;

/** A document to cluster: the caller's key, its title (weighted up) and its text. */
public record ClusterInput<K>(K key, String title, String text) {
}

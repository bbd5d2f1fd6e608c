package org.scriptorium.core.research.text;

/** A passage of research and the number of the source it came from, as the draft will cite it ("[2]"). */
public record SourcedPassage(int sourceNumber, String text) {
}

package org.scriptorium.core.research.topics;

/** Whether discovery found the topic or the user wrote it down. */
public enum TopicOrigin { DISCOVERED, MANUAL }

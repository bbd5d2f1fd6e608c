package org.scriptorium.core.notion;

/** One table of pages under a Notion database (since API version 2025-09-03 a database may hold several). */
public record DataSource(String id, String name) {
}

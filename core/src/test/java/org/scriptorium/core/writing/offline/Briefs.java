package org.scriptorium.core.writing.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scriptorium.core.writing.assistant.WritingBrief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Briefs written for the tests, as a research report would hand them over. */
final class Briefs {
    private Briefs() {
    }

    static WritingBrief heatPumps() {
        try (InputStream in = Briefs.class.getResourceAsStream("/writing/heat-pump-brief.json")) {
            return new ObjectMapper().readValue(in, WritingBrief.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

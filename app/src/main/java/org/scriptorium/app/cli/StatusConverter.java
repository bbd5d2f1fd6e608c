package org.scriptorium.app.cli;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.drafts.DraftStatus;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Iterator;

/** Reads {@code --status} with the core's own rules, so an unknown status is a usage error (exit 2). */
final class StatusConverter implements CommandLine.ITypeConverter<DraftStatus> {
    @Override
    public DraftStatus convert(String value) {
        try {
            return DraftStatus.parse(value);
        } catch (InvalidInput e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The statuses as typed, for help texts. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(DraftStatus.values()).map(DraftStatus::label).iterator();
        }
    }
}

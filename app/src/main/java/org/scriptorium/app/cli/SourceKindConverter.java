package org.scriptorium.app.cli;

import org.scriptorium.core.research.feeds.SourceKind;
import picocli.CommandLine;

/** Reads {@code --kind} as its CLI name (rss, page, hn, reddit), so an unknown kind is a usage error (exit 2). */
final class SourceKindConverter implements CommandLine.ITypeConverter<SourceKind> {
    @Override
    public SourceKind convert(String value) {
        try {
            return SourceKind.fromCliName(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}

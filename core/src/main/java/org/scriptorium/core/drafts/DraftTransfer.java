package org.scriptorium.core.drafts;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Import and export of drafts as Markdown files with YAML front matter, so a creator is never locked in.
 * Export then import changes nothing and duplicates nothing: files carry the draft's id.
 */
public final class DraftTransfer {
    /** Files larger than this are refused: no one writes a 20 MB blog post, and it would stall the editor. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final DraftService drafts;

    public DraftTransfer(DraftService drafts) {
        this.drafts = drafts;
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Imported(Path file, UUID id, String title, Outcome outcome) {
    }

    public record Exported(UUID id, Path file) {
    }

    /**
     * Writes one {@code .md} per draft into {@code folder}; names are stable so re-exporting overwrites.
     * Every draft is read first, so an unknown id fails the export before anything is written.
     */
    public List<Exported> export(Path folder, List<UUID> ids) {
        List<UUID> wanted = ids.isEmpty() ? drafts.list(DraftFilter.ALL).stream().map(DraftSummary::id).toList() : ids;
        List<DraftDocument> documents = wanted.stream().map(drafts::get).toList();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ScriptoriumException("Cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        List<Exported> written = new ArrayList<>();
        for (DraftDocument draft : documents) {
            Path file = folder.resolve(fileName(draft));
            writeAtomically(file, MarkdownDraftFile.of(draft).toMarkdown());
            written.add(new Exported(draft.id(), file));
        }
        return written;
    }

    /** Imports files and folders (their {@code .md}/{@code .markdown} files, recursively). Validates all first. */
    public List<Imported> importPaths(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(markdownFilesIn(path));
        }
        List<Parsed> parsed = new ArrayList<>();
        for (Path file : files) {
            parsed.add(new Parsed(file, read(file)));
        }
        List<Imported> results = new ArrayList<>();
        for (Parsed item : parsed) {
            results.add(importOne(item.file(), item.draft()));
        }
        return results;
    }

    /** Imports one document given as text (a bundled sample, a paste); {@code sourceName} names it in messages. */
    public Imported importText(String sourceName, String text) {
        MarkdownDraftFile parsed;
        try {
            parsed = MarkdownDraftFile.parse(text, sourceName.replaceFirst("\\.(md|markdown)$", ""));
        } catch (InvalidInput e) {
            throw new InvalidInput(sourceName + ": " + e.getMessage());
        }
        return importOne(Path.of(sourceName), parsed);
    }

    private record Parsed(Path file, MarkdownDraftFile draft) {
    }

    private Imported importOne(Path file, MarkdownDraftFile incoming) {
        NewDraft fields = new NewDraft(incoming.title(), incoming.body(), incoming.status(), incoming.tags());
        if (incoming.id() != null && drafts.exists(incoming.id())) {
            DraftDocument before = drafts.get(incoming.id());
            drafts.update(incoming.id(), new DraftChanges(fields.title(), fields.body(), fields.status(), fields.tags()));
            DraftDocument after = drafts.planPublishing(incoming.id(), incoming.publish()); // the file says the day, or none
            boolean changed = after.revision() != before.revision();
            if (changed) {
                drafts.snapshot(after.id(), RevisionReason.IMPORTED);
            }
            return new Imported(file, after.id(), after.title(), changed ? Outcome.UPDATED : Outcome.UNCHANGED);
        }
        if (incoming.id() == null) {
            // A file without an id was never exported by us: skip it if the same text is already here.
            for (DraftSummary candidate : drafts.list(DraftFilter.ALL)) {
                if (candidate.title().equals(fields.title().strip()) && drafts.get(candidate.id()).body().equals(fields.body())) {
                    return new Imported(file, candidate.id(), candidate.title(), Outcome.UNCHANGED);
                }
            }
        }
        DraftDocument created = incoming.id() != null
                ? drafts.create(incoming.id(), fields, incoming.created())
                : drafts.create(fields);
        if (incoming.publish() != null) {
            created = drafts.planPublishing(created.id(), incoming.publish());
        }
        drafts.snapshot(created.id(), RevisionReason.IMPORTED);
        return new Imported(file, created.id(), created.title(), Outcome.CREATED);
    }

    private static List<Path> markdownFilesIn(Path path) {
        if (!Files.exists(path)) {
            throw new InvalidInput("No such file or folder: " + path);
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".md") || name.endsWith(".markdown");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ScriptoriumException("Cannot read the folder " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a Markdown file as strict UTF-8, refusing huge and binary files with a clear message. */
    public static MarkdownDraftFile read(Path file) {
        String text = readText(file);
        String name = file.getFileName().toString().replaceFirst("\\.(md|markdown)$", "");
        try {
            return MarkdownDraftFile.parse(text, name);
        } catch (InvalidInput e) {
            throw new InvalidInput(file + ": " + e.getMessage());
        }
    }

    public static String readText(Path file) {
        try {
            if (!Files.isReadable(file) || Files.isDirectory(file)) {
                throw new InvalidInput("Cannot read the file " + file + ".");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidInput("The file " + file + " is larger than " + (MAX_FILE_BYTES >> 20) + " MB.");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.indexOf('\0') >= 0) {
                throw new InvalidInput("The file " + file + " is not a text file.");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new InvalidInput("The file " + file + " is not UTF-8 text.");
        } catch (IOException e) {
            throw new InvalidInput("Cannot read the file " + file + ": " + e.getMessage());
        }
    }

    static String fileName(DraftDocument draft) {
        String slug = Normalizer.normalize(draft.title(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        String shortId = draft.id().toString().substring(0, 8);
        return (slug.isEmpty() ? "draft" : slug) + "-" + shortId + ".md";
    }

    private static void writeAtomically(Path file, String content) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ScriptoriumException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

package org.scriptorium.core.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the search indexes live: {@code search-index/<name>/} in the data directory, one folder per index,
 * so an index that has to be rebuilt takes no other with it.
 *
 * <p>Data directories from before this layout kept one index in the files of {@code search-index/} itself,
 * with the others in folders beside those files; {@link #giveRootIndexItsFolder} moves that index into its
 * own folder. An index is derived data: a file lost on the way only means that index is rebuilt.
 */
public final class SearchIndexFolders {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexFolders.class);
    static final String ROOT = "search-index";

    private final Path root;

    private SearchIndexFolders(Path root) {
        this.root = root;
    }

    public static SearchIndexFolders in(Path dataDir) {
        return new SearchIndexFolders(dataDir.resolve(ROOT));
    }

    /** The folder of one index. */
    public Path folder(String index) {
        return root.resolve(index);
    }

    /**
     * Moves the index kept in the files of {@code search-index/} itself (the old layout) into
     * {@code search-index/<index>/}, unless that folder exists already; files left loose in the root are removed.
     */
    public void giveRootIndexItsFolder(String index) {
        Path target = folder(index);
        // Filled beside its final place, so a crash half way never leaves a half-filled index folder.
        Path moving = root.resolve(index + ".moving");
        try {
            List<Path> loose = looseFiles();
            if (!Files.exists(target) && (!loose.isEmpty() || Files.isDirectory(moving))) {
                Files.createDirectories(moving);
                for (Path file : loose) {
                    Files.move(file, moving.resolve(file.getFileName()));
                }
                Files.move(moving, target);
                LOG.info("Search index moved from {} into {}", root, target);
            }
            for (Path file : looseFiles()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // Never worth refusing to start over: whatever did not move is rebuilt in its folder when first searched.
            LOG.warn("Search index in {} could not be moved into {}; it will be rebuilt there", root, target, e);
        }
    }

    private List<Path> looseFiles() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isRegularFile).toList();
        }
    }
}

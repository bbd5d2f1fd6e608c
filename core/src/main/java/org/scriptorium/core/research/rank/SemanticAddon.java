package org.scriptorium.core.research.rank;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.settings.SettingsRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Semantic reranking as an add-on the user installs and turns on: the model and ONNX Runtime weigh about 130 MB, which
 * the installers do not carry (decision 22). Installing copies the add-on's jars (a folder, or its zip) into the data
 * directory's {@code addons/semantic}, after checking they offer an embedder; research then loads them in a class
 * loader of their own. Where the semantic module is already on the class path (a build from source with it, the tests),
 * that one is used.
 */
public final class SemanticAddon {
    static final String ENABLED_SETTING = "research.semantic";

    private final Path folder;
    private final SettingsRepository settings;
    private volatile ClassLoader loaded;

    /** Whether the add-on is there, whether it is on, and where it lives. */
    public record Status(boolean installed, boolean enabled, int jars, long bytes, Path folder) {
    }

    public SemanticAddon(Path folder, SettingsRepository settings) {
        this.folder = folder;
        this.settings = settings;
    }

    public Status status() {
        List<Path> jars = jars(folder);
        long bytes = jars.stream().mapToLong(SemanticAddon::size).sum();
        boolean installed = !jars.isEmpty() || onClassPath();
        return new Status(installed, installed && enabled(), jars.size(), bytes, folder);
    }

    /** On unless the user turned it off. */
    public boolean enabled() {
        return !"off".equals(settings.get(ENABLED_SETTING).orElse("on"));
    }

    public void setEnabled(boolean on) {
        settings.put(ENABLED_SETTING, on ? "on" : "off");
    }

    /** Installs the add-on from a folder of jars or a zip of them, replacing an older one; refuses anything that offers no embedder. */
    public Status install(Path from) {
        if (from == null || !Files.exists(from)) {
            throw new InvalidInput("There is no add-on at " + from + ": give the folder or zip of the semantic add-on.");
        }
        try {
            Path staging = Files.createTempDirectory(folder.getParent() == null ? folder : ensure(folder.getParent()), "semantic-");
            if (Files.isDirectory(from)) {
                for (Path jar : jars(from)) {
                    Files.copy(jar, staging.resolve(jar.getFileName()));
                }
            } else {
                unzipJars(from, staging);
            }
            if (jars(staging).isEmpty() || !offersEmbedder(staging)) {
                delete(staging);
                throw new InvalidInput(from + " is not the semantic add-on: none of its jars offers an embedder.");
            }
            delete(folder);
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            loaded = null;
            setEnabled(true);
            return status();
        } catch (IOException e) {
            throw new ScriptoriumException("The add-on could not be installed: " + e.getMessage(), e);
        }
    }

    public void uninstall() {
        try {
            delete(folder);
            loaded = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The embedder research uses: none when the add-on is off or not installed. One that cannot start (a damaged
     * add-on, a platform ONNX Runtime does not run on) fails each call with its reason, which research reports while
     * ranking by words alone.
     */
    public Optional<Embedder> embedder(InstalledEmbedder fromClassPath) {
        if (!enabled()) {
            return Optional.empty();
        }
        try {
            Optional<Embedder> own = fromClassPath.get();
            if (own.isPresent() || jars(folder).isEmpty()) {
                return own;
            }
            InstalledEmbedder addon = addonEmbedder();
            // The model and ONNX Runtime find their files through the thread's context class loader.
            return inContext(loaded, addon::get).map(found -> new Embedder() {
                @Override
                public String name() {
                    return found.name();
                }

                @Override
                public List<float[]> embed(List<String> texts) {
                    return inContext(loaded, () -> found.embed(texts));
                }
            });
        } catch (RuntimeException | LinkageError e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
            return Optional.of(new Embedder() {
                @Override
                public String name() {
                    return "semantic add-on";
                }

                @Override
                public List<float[]> embed(List<String> texts) {
                    throw new IllegalStateException("the add-on could not start: " + why);
                }
            });
        }
    }

    private InstalledEmbedder addonEmbedder = null;

    private synchronized InstalledEmbedder addonEmbedder() {
        if (addonEmbedder == null || loaded == null) {
            loaded = loader(folder, SemanticAddon.class.getClassLoader());
            addonEmbedder = new InstalledEmbedder(loaded);
        }
        return addonEmbedder;
    }

    private static <T> T inContext(ClassLoader loader, java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static boolean onClassPath() {
        return ServiceLoader.load(EmbedderProvider.class, SemanticAddon.class.getClassLoader()).findFirst().isPresent();
    }

    private static boolean offersEmbedder(Path jarsFolder) throws IOException {
        try (URLClassLoader loader = loader(jarsFolder, SemanticAddon.class.getClassLoader())) {
            return ServiceLoader.load(EmbedderProvider.class, loader).stream()
                    .anyMatch(provider -> provider.type().getClassLoader() == loader);
        }
    }

    private static URLClassLoader loader(Path jarsFolder, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars(jarsFolder)) {
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return new URLClassLoader("semantic-addon", urls.toArray(URL[]::new), parent);
    }

    private static List<Path> jars(Path in) {
        if (!Files.isDirectory(in)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Only jars, each by its own name: an entry naming a folder ("../x.jar") cannot write outside the staging folder. */
    private static void unzipJars(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                String name = Path.of(entry.getName()).getFileName().toString();
                if (!entry.isDirectory() && name.endsWith(".jar")) {
                    Files.copy(entries, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(zip + " is not a zip of the semantic add-on.");
        }
    }

    private static Path ensure(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

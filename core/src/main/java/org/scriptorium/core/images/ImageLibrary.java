package org.scriptorium.core.images;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Image files under one folder, each named by the SHA-256 of its bytes ({@code ab/abcdef….png}). Database rows
 * point at the hash. A file is written to a temporary name and moved into place, so a crash never leaves half
 * an image under a real name; storing the same bytes again writes nothing.
 */
public final class ImageLibrary {
    private static final List<String> EXTENSIONS = List.of("png", "jpg", "gif", "webp", "bmp");

    private final Path folder;

    public ImageLibrary(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public Path folder() {
        return folder;
    }

    /**
     * Keeps the image and says where. The media type is read from the bytes themselves; {@code mediaType} is only
     * checked against them, so a mislabelled upload is stored as what it really is.
     *
     * @throws InvalidInput when the bytes are not an image or are over the size limits
     */
    public StoredImage store(byte[] bytes, String mediaType) {
        ImageBytes.Dimensions dimensions = ImageBytes.check(bytes);
        String actual = ImageBytes.mediaType(bytes);
        if (actual == null) {
            throw new InvalidInput("Scriptorium keeps PNG, JPEG, GIF, WebP and BMP images; this is "
                    + (mediaType == null ? "something else" : mediaType) + ".");
        }
        String hash = sha256(bytes);
        Path target = folder.resolve(hash.substring(0, 2)).resolve(hash + "." + ImageBytes.extension(actual));
        try {
            if (!Files.exists(target) || Files.size(target) != bytes.length) {
                write(target, bytes);
            }
        } catch (IOException e) {
            throw new ScriptoriumException("The image could not be saved in " + folder + " (" + e.getMessage() + ").", e);
        }
        return new StoredImage(hash, actual, dimensions.width(), dimensions.height(), bytes.length, target);
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                // Replacing is safe: a file with this name can only hold these same bytes.
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Where the image with this hash is, or null when the library does not have it. */
    public Path path(String hash) {
        String name = checkedHash(hash);
        Path shard = folder.resolve(name.substring(0, 2));
        for (String extension : EXTENSIONS) {
            Path candidate = shard.resolve(name + "." + extension);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** How a draft's Markdown refers to a library image: {@code images/<hash>.<extension>}. */
    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("(?:\\./)?images/([0-9a-fA-F]{64})\\.(?:png|jpe?g|gif|webp|bmp)");

    /** The Markdown address of a stored image, as {@link #dataAddress} reads it back. */
    public static String reference(StoredImage image) {
        return "images/" + image.hash() + "." + image.path().getFileName().toString().replaceFirst(".*\\.", "");
    }

    /**
     * A library image a draft refers to ({@code images/<hash>.png}) as a {@code data:} address for the preview; null
     * for any other address, or an image the library does not have (it shows as a broken image, as written).
     */
    public String dataAddress(String destination) {
        java.util.regex.Matcher m = destination == null ? null : REFERENCE.matcher(destination.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        Path path = path(m.group(1));
        if (path == null) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            String type = ImageBytes.mediaType(bytes);
            return type == null ? null : "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
        } catch (IOException unreadable) {
            return null;
        }
    }

    public boolean contains(String hash) {
        return path(hash) != null;
    }

    /** @throws ImageNotFound when the library does not have it */
    public byte[] read(String hash) {
        Path path = path(hash);
        if (path == null) {
            throw new ImageNotFound(hash);
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ScriptoriumException("The image " + path + " could not be read (" + e.getMessage() + ").", e);
        }
    }

    /** A hash is 64 hex digits; anything else (a path, "..") is refused before it reaches the file system. */
    private static String checkedHash(String hash) {
        String lower = hash == null ? "" : hash.strip().toLowerCase(Locale.ROOT);
        if (!lower.matches("[0-9a-f]{64}")) {
            throw new InvalidInput("An image hash is 64 hex digits; got " + hash + ".");
        }
        return lower;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

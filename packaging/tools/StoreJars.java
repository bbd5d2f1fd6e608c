import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies jars into a folder with every entry stored, not deflated:
 *
 * <pre>java StoreJars.java OUT_DIR JAR...</pre>
 *
 * Why: the installers compress their whole payload (xz or zstd), which shrinks stored class files to about half of
 * what it can do with jars that are already deflated; and the JVM reads stored entries without inflating them.
 * Entry order, names, times and contents stay as they were, so a signed jar's signature still holds.
 */
public final class StoreJars {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java StoreJars.java OUT_DIR JAR...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int i = 1; i < args.length; i++) {
            Path jar = Path.of(args[i]);
            store(jar, out.resolve(jar.getFileName().toString()));
        }
    }

    private static void store(Path from, Path to) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.setMethod(ZipOutputStream.STORED);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = readAll(in);
                ZipEntry stored = new ZipEntry(entry.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(content.length);
                stored.setCompressedSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                stored.setCrc(crc.getValue());
                if (entry.getLastModifiedTime() != null) {
                    stored.setLastModifiedTime(entry.getLastModifiedTime());
                }
                if (entry.getExtra() != null) {
                    stored.setExtra(entry.getExtra());
                }
                out.putNextEntry(stored);
                out.write(content);
                out.closeEntry();
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }
}

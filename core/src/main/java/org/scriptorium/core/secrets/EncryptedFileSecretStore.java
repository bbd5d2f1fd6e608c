package org.scriptorium.core.secrets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scriptorium.core.ScriptoriumException;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fallback when there is no usable keychain: secrets encrypted with AES-256-GCM in {@code secrets/} of the
 * data directory, under a random key kept beside them, readable by the owner only. It keeps keys out of the
 * database, logs and backups of the database; it does not protect them from someone who can read the user's files.
 */
public final class EncryptedFileSecretStore implements SecretStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    public EncryptedFileSecretStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(read().get(name));
    }

    @Override
    public synchronized void put(String name, String secret) {
        Map<String, String> all = read();
        all.put(name, secret);
        write(all);
    }

    @Override
    public synchronized void delete(String name) {
        Map<String, String> all = read();
        if (all.remove(name) != null) {
            write(all);
        }
    }

    @Override
    public String describe() {
        return "an encrypted file in the data directory (no system keychain was available)";
    }

    private Map<String, String> read() {
        Path file = folder.resolve("secrets.bin");
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(file));
            byte[] iv = new byte[IV_BYTES];
            data.get(iv);
            byte[] sealed = new byte[data.remaining()];
            data.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            return JSON.readValue(cipher.doFinal(sealed), new TypeReference<TreeMap<String, String>>() { });
        } catch (IOException | GeneralSecurityException e) {
            throw new ScriptoriumException("The saved keys in " + folder + " cannot be read (" + e.getClass().getSimpleName()
                    + "); add the keys again after removing that folder.", e);
        }
    }

    private void write(Map<String, String> all) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(all));
            byte[] data = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            Path temporary = Files.createTempFile(folder, ".secrets-", ".tmp");
            ownerOnly(temporary);
            Files.write(temporary, data);
            Files.move(temporary, folder.resolve("secrets.bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new ScriptoriumException("The key could not be saved in " + folder + ": " + e.getMessage(), e);
        }
    }

    private SecretKeySpec key() throws IOException {
        Files.createDirectories(folder);
        ownerOnly(folder);
        Path keyFile = folder.resolve("secrets.key");
        if (!Files.exists(keyFile)) {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Path temporary = Files.createTempFile(folder, ".key-", ".tmp");
            ownerOnly(temporary);
            Files.write(temporary, key);
            Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
        }
        return new SecretKeySpec(Files.readAllBytes(keyFile), "AES");
    }

    private static void ownerOnly(Path path) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        }
    }
}

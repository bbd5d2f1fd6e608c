package org.scriptorium.core.sync;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The account's end-to-end key, derived on each device from the sync passphrase with Argon2id (BouncyCastle); the hub
 * stores only the salt, the parameters and a value sealed with the key, so it can tell a wrong passphrase without
 * being able to read anything sealed. Secrets travel sealed with AES-256-GCM under this key.
 */
public final class SyncKey {
    /** The Argon2id parameters new accounts get: 64 MiB, 3 passes (OWASP's second recommended setting, with margin). */
    static final String DEFAULT_KDF = "argon2id;m=65536;t=3;p=1";
    private static final byte[] CHECK = "scriptorium sync key check".getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private SyncKey(byte[] key) {
        this.key = key;
    }

    /** What the hub keeps: how to derive the key, and a value only that key opens. */
    public record Stored(String kdf, byte[] salt, byte[] checkValue) {
    }

    /** A new account's key record, from the passphrase the first device chose. */
    static Stored create(char[] passphrase) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        SyncKey key = derive(passphrase, DEFAULT_KDF, salt);
        return new Stored(DEFAULT_KDF, salt, key.seal(CHECK));
    }

    /** The key this passphrase opens, or {@link SyncFailure.Kind#WRONG_PASSPHRASE}. */
    static SyncKey open(char[] passphrase, Stored stored) {
        SyncKey key = derive(passphrase, stored.kdf(), stored.salt());
        byte[] opened;
        try {
            opened = key.open(stored.checkValue());
        } catch (SyncFailure wrong) {
            throw new SyncFailure(SyncFailure.Kind.WRONG_PASSPHRASE,
                    "That sync passphrase does not open this account. Type the passphrase chosen on the first device; nothing was changed.");
        }
        if (!Arrays.equals(opened, CHECK)) {
            throw new SyncFailure(SyncFailure.Kind.WRONG_PASSPHRASE, "That sync passphrase does not open this account; nothing was changed.");
        }
        return key;
    }

    /** The raw key, to keep in this device's keychain so the passphrase is asked once. */
    byte[] bytes() {
        return key.clone();
    }

    public static SyncKey of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("A sync key has 32 bytes");
        }
        return new SyncKey(bytes.clone());
    }

    /** Nonce followed by AES-256-GCM ciphertext and tag. */
    public byte[] seal(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    public byte[] open(byte[] sealed) {
        if (sealed.length < NONCE_BYTES + 16) {
            throw new SyncFailure(SyncFailure.Kind.WRONG_PASSPHRASE, "A sealed value is too short to have been sealed here");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SyncFailure(SyncFailure.Kind.WRONG_PASSPHRASE, "A sealed value does not open with this key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static SyncKey derive(char[] passphrase, String kdf, byte[] salt) {
        Map<String, Integer> parameters = parameters(kdf);
        Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(parameters.get("m"))
                .withIterations(parameters.get("t"))
                .withParallelism(parameters.get("p"))
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon);
        byte[] key = new byte[32];
        generator.generateBytes(passphrase, key);
        return new SyncKey(key);
    }

    private static Map<String, Integer> parameters(String kdf) {
        String[] parts = kdf.split(";");
        if (!parts[0].equals("argon2id")) {
            throw new SyncFailure(SyncFailure.Kind.HUB_ERROR, "The account's key is derived with " + parts[0]
                    + ", which this version of Scriptorium does not know; update Scriptorium.");
        }
        Map<String, Integer> values = new TreeMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            values.put(pair[0], Integer.parseInt(pair[1]));
        }
        if (!values.keySet().containsAll(java.util.List.of("m", "t", "p"))) {
            throw new SyncFailure(SyncFailure.Kind.HUB_ERROR, "The account's key parameters are incomplete: " + kdf);
        }
        return values;
    }
}

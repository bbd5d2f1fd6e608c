package org.scriptorium.core.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class EncryptedFileSecretStoreTest {
    @TempDir
    Path folder;

    @Test
    void aKeyIsKeptEncryptedOwnerOnlyAndSurvivesAReopen() throws Exception {
        new EncryptedFileSecretStore(folder).put("provider:openai", "sk-live-0123456789abcdef");

        EncryptedFileSecretStore reopened = new EncryptedFileSecretStore(folder);
        assertThat(reopened.get("provider:openai")).contains("sk-live-0123456789abcdef");
        byte[] onDisk = Files.readAllBytes(folder.resolve("secrets.bin"));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("sk-live");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("secrets.key")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("secrets.bin")))).isEqualTo("rw-------");

        reopened.delete("provider:openai");
        assertThat(new EncryptedFileSecretStore(folder).get("provider:openai")).isEmpty();
    }
}

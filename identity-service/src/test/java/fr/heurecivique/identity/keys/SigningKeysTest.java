package fr.heurecivique.identity.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeysTest {

    @TempDir
    Path folder;

    @Test
    void createsTheKeysOnceAndReadsTheSameAfterARestart() throws IOException {
        Path file = folder.resolve("identity").resolve("signing-key.json");
        SigningKeys first = SigningKeys.loadOrCreate(file);
        String written = Files.readString(file);

        SigningKeys again = SigningKeys.loadOrCreate(file);

        assertThat(Files.readString(file)).isEqualTo(written);
        assertThat(again.tokenKey()).isEqualTo(first.tokenKey());
        assertThat(again.tokenKey().isPrivate()).isTrue();
        assertThat(again.tokenKey().size()).isEqualTo(2048);
        assertThat(again.linkKey()).isEqualTo(first.linkKey());
        assertThat(again.linkKey().toByteArray()).hasSize(32);
        assertThat(again.tokenKey().getKeyID()).isNotEqualTo(again.linkKey().getKeyID());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void twoFilesHaveDifferentKeys() {
        SigningKeys one = SigningKeys.loadOrCreate(folder.resolve("one.json"));
        SigningKeys two = SigningKeys.loadOrCreate(folder.resolve("two.json"));
        assertThat(one.tokenKey().getModulus()).isNotEqualTo(two.tokenKey().getModulus());
    }

    @Test
    void refusesAFileThatIsNotAKeySetOrLacksAKey() throws IOException {
        Path garbage = Files.writeString(folder.resolve("garbage.json"), "not json");
        assertThatThrownBy(() -> SigningKeys.loadOrCreate(garbage)).hasMessageContaining("is not a JWK set");
        Path empty = Files.writeString(folder.resolve("empty.json"), "{\"keys\":[]}");
        assertThatThrownBy(() -> SigningKeys.loadOrCreate(empty)).hasMessageContaining("no private RSA signing key");
    }
}

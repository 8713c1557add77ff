package fr.heurecivique.defaults.links;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedLinksTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final SignedLinks links = new SignedLinks(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aLinkNamesItsPurposeAndSubjectAndIsUrlSafe() {
        String token = links.issue("match-accept", "m-42", Duration.ofHours(72));

        assertThat(token).matches("[A-Za-z0-9_.-]+");
        SignedLinks.Link link = links.verify(token, "match-accept");
        assertThat(link.subject()).isEqualTo("m-42");
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
        assertThat(links.verify(links.issue("match-accept", "m-42", Duration.ofHours(72)), "match-accept").id())
                .isNotEqualTo(link.id());
    }

    @Test
    void refusesAnotherPurposeAForgeryAndAnExpiredLink() {
        String token = links.issue("match-accept", "m-42", Duration.ofHours(72));

        assertThatThrownBy(() -> links.verify(token, "match-decline")).isInstanceOf(InvalidLinkException.class)
                .extracting(e -> ((InvalidLinkException) e).reason()).isEqualTo(InvalidLinkException.Reason.INVALID);
        String[] parts = token.split("\\.");
        String tampered = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[0])).replace("m-42", "m-43").getBytes())
                + "." + parts[1];
        assertThatThrownBy(() -> links.verify(tampered, "match-accept")).isInstanceOf(InvalidLinkException.class);
        assertThatThrownBy(() -> new SignedLinks("another-secret-of-at-least-thirty-two-chars",
                Clock.fixed(NOW, ZoneOffset.UTC)).verify(token, "match-accept"))
                .isInstanceOf(InvalidLinkException.class);
        assertThatThrownBy(() -> links.verify("not a token", "match-accept")).isInstanceOf(InvalidLinkException.class);

        SignedLinks later = new SignedLinks(SECRET, Clock.fixed(NOW.plus(Duration.ofHours(72)), ZoneOffset.UTC));
        assertThatThrownBy(() -> later.verify(token, "match-accept"))
                .extracting(e -> ((InvalidLinkException) e).reason()).isEqualTo(InvalidLinkException.Reason.EXPIRED);
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new SignedLinks("short", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linksSignedWithAServicesOwnKeyAreNotTheSharedSecretsNorAnotherKeys() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SignedLinks own = new SignedLinks(key, clock);
        Instant expiresAt = NOW.plus(Duration.ofDays(7));

        String token = own.issue("set-password", "account-1", expiresAt);

        SignedLinks.Link link = own.verify(token, "set-password");
        assertThat(link.subject()).isEqualTo("account-1");
        assertThat(link.expiresAt()).isEqualTo(expiresAt);
        assertThatThrownBy(() -> links.verify(token, "set-password")).isInstanceOf(InvalidLinkException.class);
        byte[] otherKey = key.clone();
        otherKey[0] ^= 1;
        assertThatThrownBy(() -> new SignedLinks(otherKey, clock).verify(token, "set-password"))
                .isInstanceOf(InvalidLinkException.class);
        assertThatThrownBy(() -> own.verify(links.issue("set-password", "account-1", expiresAt), "set-password"))
                .isInstanceOf(InvalidLinkException.class);
        assertThatThrownBy(() -> new SignedLinks(new byte[31], clock)).isInstanceOf(IllegalArgumentException.class);
    }
}

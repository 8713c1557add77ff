package fr.heurecivique.identity.passwords;

import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import fr.heurecivique.defaults.links.InvalidLinkException;
import fr.heurecivique.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordLinksTest {

    private final MutableClock clock = new MutableClock();
    private final OctetSequenceKey key = newKey();
    private final PasswordLinks links = new PasswordLinks(key, Duration.ofDays(7), clock);

    @Test
    void aLinkNamesItsAccountAndHasItsOwnId() {
        PasswordLinks.IssuedLink first = links.issue("account-1");
        PasswordLinks.IssuedLink second = links.issue("account-1");

        PasswordLinks.LinkToken token = links.verify(first.token());
        assertThat(token.accountId()).isEqualTo("account-1");
        assertThat(token.expiresAt()).isEqualTo(first.expiresAt());
        assertThat(token.id()).isNotEqualTo(links.verify(second.token()).id());
        assertThat(first.token()).matches("[A-Za-z0-9_.-]+");
    }

    @Test
    void aLinkExpiresAfterItsValidity() {
        String token = links.issue("account-1").token();
        clock.advance(Duration.ofDays(7).minusSeconds(2));
        assertThat(links.verify(token).accountId()).isEqualTo("account-1");
        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> links.verify(token)).isInstanceOf(InvalidLinkException.class)
                .extracting(e -> ((InvalidLinkException) e).reason()).isEqualTo(InvalidLinkException.Reason.EXPIRED);
    }

    @Test
    void aTamperedOrForeignLinkIsInvalid() {
        String token = links.issue("account-1").token();
        String[] parts = token.split("\\.");
        // another account's payload under this token's signature (the tokens are payload.signature)
        String otherAccount = links.issue("account-2").token().split("\\.")[0];
        PasswordLinks foreign = new PasswordLinks(newKey(), Duration.ofDays(7), clock);

        for (String bad : new String[] { otherAccount + "." + parts[1], token + "x",
                foreign.issue("account-1").token(), "", "not-a-token", null }) {
            assertThatThrownBy(() -> links.verify(bad)).isInstanceOf(InvalidLinkException.class)
                    .extracting(e -> ((InvalidLinkException) e).reason())
                    .isEqualTo(InvalidLinkException.Reason.INVALID);
        }
    }

    private static OctetSequenceKey newKey() {
        try {
            return new OctetSequenceKeyGenerator(256).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

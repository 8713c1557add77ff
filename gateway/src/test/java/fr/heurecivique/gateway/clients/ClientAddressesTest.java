package fr.heurecivique.gateway.clients;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    private final ClientAddresses addresses = new ClientAddresses("127\\.0\\.0\\.1|10\\..*");

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(addresses.resolve("198.51.100.9", List.of("203.0.113.1"))).isEqualTo("198.51.100.9");
    }

    @Test
    void aTrustedPeersForwardedAddressIsTheClient() {
        // web (10.1.0.5) calls the API for the resident it serves.
        assertThat(addresses.resolve("10.1.0.5", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void trustedHopsAreSkippedFromTheRightAndWhatAClientWroteToTheLeftIsNeverReached() {
        // resident (forging 1.2.3.4) → ingress 10.0.0.2 → web 10.1.0.5
        assertThat(addresses.resolve("10.1.0.5", List.of("1.2.3.4, 203.0.113.7", "10.0.0.2")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void garbageStopsTheWalkAtTheLastVouchedAddress() {
        assertThat(addresses.resolve("10.1.0.5", List.of("<script>"))).isEqualTo("10.1.0.5");
    }

    @Test
    void noTrustedProxiesMeansTheHeaderIsNeverBelieved() {
        assertThat(new ClientAddresses("").resolve("127.0.0.1", List.of("203.0.113.7"))).isEqualTo("127.0.0.1");
    }
}

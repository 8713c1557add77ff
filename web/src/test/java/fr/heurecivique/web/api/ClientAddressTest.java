package fr.heurecivique.web.api;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void theAddressTheGatewayResolvedIsTheResidents() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.1.0.9");
        request.addHeader(ClientAddress.HEADER, "2001:db8::7");
        assertThat(ClientAddress.of(request)).isEqualTo("2001:db8::7");
    }

    @Test
    void withoutItOrWithGarbageThePeerIsTheResident() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.5");
        assertThat(ClientAddress.of(request)).isEqualTo("203.0.113.5");
        request.addHeader(ClientAddress.HEADER, "1.2.3.4, evil\r\nX-Injected: yes");
        assertThat(ClientAddress.of(request)).isEqualTo("203.0.113.5");
    }
}

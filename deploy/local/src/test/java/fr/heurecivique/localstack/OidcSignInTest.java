package fr.heurecivique.localstack;

import fr.heurecivique.localstack.infra.FreePorts;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shell's sign-in outside the flow itself, which identity-service's scenarios run against the real provider. */
class OidcSignInTest {

    @Test
    void readsTheTokensFromTheTokenResponse() {
        String response = "{\"access_token\":\"eyJ.a-b_c.d\",\"scope\":\"openid\",\"id_token\" : \"eyJ.id.t\","
                + "\"token_type\":\"Bearer\",\"expires_in\":899}";
        assertThat(OidcSignIn.stringField(response, "access_token")).hasValue("eyJ.a-b_c.d");
        assertThat(OidcSignIn.stringField(response, "id_token")).hasValue("eyJ.id.t");
        assertThat(OidcSignIn.stringField(response, "refresh_token")).isEmpty();
    }

    @Test
    void saysInOneSentenceThatTheIdentityServiceIsNotThere() {
        URI nothing = URI.create("http://localhost:" + FreePorts.pick());
        assertThatThrownBy(() -> new OidcSignIn(nothing).signIn("admin@demo.example.fr", "x"))
                .isInstanceOf(OidcSignIn.SignInException.class)
                .hasMessageStartingWith("cannot reach the identity service at " + nothing)
                .hasMessageEndingWith("is the platform up?");
    }

    @Test
    void theTokenCommandNeedsExactlyOneAddress() {
        assertThat(LocalStackCommand.token(List.of())).isEqualTo(2);
        assertThat(LocalStackCommand.token(List.of("a@b.fr", "c@d.fr"))).isEqualTo(2);
        assertThat(LocalStackCommand.token(List.of("--password", "x"))).isEqualTo(2);
    }
}

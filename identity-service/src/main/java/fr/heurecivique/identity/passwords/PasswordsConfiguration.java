package fr.heurecivique.identity.passwords;

import fr.heurecivique.identity.IdentityProperties;
import fr.heurecivique.identity.keys.SigningKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class PasswordsConfiguration {

    /** BCrypt for new hashes; the {@code {id}} prefix lets a later algorithm take over without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordLinks passwordLinks(SigningKeys keys, IdentityProperties properties, Clock clock) {
        return new PasswordLinks(keys.linkKey(), properties.passwordLinkTtl(), clock);
    }
}

package fr.heurecivique.identity.passwords;

import fr.heurecivique.defaults.links.UsedLinks;
import fr.heurecivique.identity.IdentityProperties;
import fr.heurecivique.identity.keys.SigningKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    /**
     * The record of used links (service-defaults'), which identity-service needs for its set-password links whether or
     * not it has the secret of the other services' links.
     */
    @Bean
    UsedLinks usedLinks(MongoTemplate mongo, Clock clock) {
        return new UsedLinks(mongo, clock);
    }

    @Bean
    PasswordLinks passwordLinks(SigningKeys keys, IdentityProperties properties, Clock clock) {
        return new PasswordLinks(keys.linkKey(), properties.passwordLinkTtl(), clock);
    }
}

package fr.heurecivique.defaults.audit;

import fr.heurecivique.defaults.outbox.OutboxAutoConfiguration;
import fr.heurecivique.defaults.outbox.AggregateStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Clock;

/** The audit of personal data access, in every service that has an outbox and authenticates callers. */
@AutoConfiguration(after = OutboxAutoConfiguration.class)
@ConditionalOnClass({ MongoTemplate.class, JwtAuthenticationToken.class })
@ConditionalOnBean(AggregateStore.class)
public class AuditAutoConfiguration {

    @Bean
    PersonalDataAudit personalDataAudit(AggregateStore store, Clock clock,
            MongoMappingContext mappingContext, @Value("${spring.application.name}") String service) {
        // Known to the outbox relay from the start, so that records left pending by a stop are published.
        mappingContext.getPersistentEntity(AuditRecord.class);
        return new PersonalDataAudit(store, clock, service);
    }
}

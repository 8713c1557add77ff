package fr.heurecivique.defaults.links;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Signed links for emails and SMS, and the record of used ones, in every service that has the shared secret. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableConfigurationProperties(LinksProperties.class)
@ConditionalOnProperty("heure-civique.links.secret")
public class LinksAutoConfiguration {

    @Bean
    SignedLinks signedLinks(LinksProperties properties, Clock clock) {
        return new SignedLinks(properties.secret(), clock);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    @ConditionalOnBean(MongoTemplate.class)
    static class Used {

        @Bean
        @ConditionalOnMissingBean
        UsedLinks usedLinks(MongoTemplate mongo, Clock clock) {
            return new UsedLinks(mongo, clock);
        }
    }
}

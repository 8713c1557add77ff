package fr.heurecivique.notification.sms;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS channel: the provider chosen by {@code heure-civique.sms.provider}, with its guard and quiet hours. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    @Bean
    SmsProvider smsProvider(SmsProperties properties) {
        return switch (properties.provider()) {
            case "log" -> new LogOnlySmsProvider();
            case "brevo" -> {
                if (properties.brevo().apiKey() == null || properties.brevo().apiKey().isBlank()) {
                    throw new IllegalStateException("heure-civique.sms.provider=brevo needs "
                            + "heure-civique.sms.brevo.api-key (HEURE_CIVIQUE_SMS_BREVO_API_KEY)");
                }
                yield new BrevoSmsProvider(properties.brevo().baseUrl(), properties.brevo().apiKey(),
                        properties.sender(), properties.brevo().timeout());
            }
            default -> throw new IllegalStateException("Unknown heure-civique.sms.provider '"
                    + properties.provider() + "': use 'log' or 'brevo'");
        };
    }

    @Bean
    SmsSender smsSender(SmsProvider provider, SmsProperties properties, MeterRegistry meters) {
        return new SmsSender(provider, properties, meters);
    }
}

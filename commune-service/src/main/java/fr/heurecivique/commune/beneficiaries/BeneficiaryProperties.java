package fr.heurecivique.commune.beneficiaries;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * Retention of beneficiaries' data ({@code heure-civique.beneficiaries.*}).
 *
 * @param retention         how long a beneficiary without any need is kept before being anonymised (24 months)
 * @param anonymisationCron when the anonymisation job runs (Spring cron, in the département's time zone); {@code -}
 *                          disables it (tests run it themselves)
 */
@ConfigurationProperties("heure-civique.beneficiaries")
public record BeneficiaryProperties(
        @DefaultValue("24m") Period retention,
        @DefaultValue("0 30 3 * * *") String anonymisationCron) {
}

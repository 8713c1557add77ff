package fr.heurecivique.commune;

import fr.heurecivique.commune.beneficiaries.BeneficiaryProperties;
import fr.heurecivique.commune.beneficiaries.BeneficiaryRetention;
import fr.heurecivique.commune.needs.NeedProperties;
import fr.heurecivique.commune.needs.Needs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The service's scheduled jobs, on cron expressions from typed properties, in the département's time zone: expiring
 * open needs whose date passed, and anonymising beneficiaries past their retention. A cron of {@code -} disables a
 * job. Both jobs are safe to run on every instance at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ NeedProperties.class, BeneficiaryProperties.class })
class ScheduledJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);
    private static final String DISABLED = "-";

    private final Needs needs;
    private final BeneficiaryRetention retention;
    private final NeedProperties needProperties;
    private final BeneficiaryProperties beneficiaryProperties;

    ScheduledJobs(Needs needs, BeneficiaryRetention retention, NeedProperties needProperties,
            BeneficiaryProperties beneficiaryProperties) {
        this.needs = needs;
        this.retention = retention;
        this.needProperties = needProperties;
        this.beneficiaryProperties = beneficiaryProperties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        schedule(registrar, "need expiry", needProperties.expiryCron(), needs::expireOverdue);
        schedule(registrar, "beneficiary anonymisation", beneficiaryProperties.anonymisationCron(),
                retention::anonymiseInactive);
    }

    private static void schedule(ScheduledTaskRegistrar registrar, String name, String cron, Runnable job) {
        if (DISABLED.equals(cron)) {
            log.info("Scheduled job '{}' disabled", name);
            return;
        }
        registrar.addCronTask(new CronTask(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.error("Scheduled job '{}' failed ({}); it runs again at its next time", name,
                        e.getClass().getName());
            }
        }, new CronTrigger(cron, Departement.ZONE)));
    }
}

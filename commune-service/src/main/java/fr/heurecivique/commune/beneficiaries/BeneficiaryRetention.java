package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.commune.needs.Needs;
import fr.heurecivique.defaults.web.StateConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Keeps beneficiaries' data no longer than needed: a beneficiary with no need for the retention period (24 months)
 * — recorded that long ago and no need of theirs running since — is anonymised by a scheduled job; one whose need
 * is still open or in progress is kept. Safe on several instances: each anonymisation is a versioned save, so two
 * jobs never both apply it.
 */
@Service
public class BeneficiaryRetention {

    private static final Logger log = LoggerFactory.getLogger(BeneficiaryRetention.class);

    private final BeneficiaryRepository repository;
    private final Needs needs;
    private final BeneficiaryProperties properties;
    private final Clock clock;

    BeneficiaryRetention(BeneficiaryRepository repository, Needs needs, BeneficiaryProperties properties,
            Clock clock) {
        this.repository = repository;
        this.needs = needs;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Anonymises every beneficiary without a need for the retention period.
     *
     * @return how many were anonymised
     */
    public int anonymiseInactive() {
        Instant now = clock.instant();
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(properties.retention()).toInstant();
        int anonymised = 0;
        for (Beneficiary beneficiary : repository.findByAnonymisedAtIsNullAndActiveUntilBefore(cutoff)) {
            if (needs.hasOngoingNeedFor(beneficiary.id())) {
                continue;
            }
            beneficiary.anonymise(now);
            try {
                repository.save(beneficiary);
                anonymised++;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // Another instance anonymised it, or a referent just changed it: the next run decides again.
            }
        }
        if (anonymised > 0) {
            log.info("Anonymised {} beneficiaries without a need for {}", anonymised, properties.retention());
        }
        return anonymised;
    }

    /** The right to erasure, on request: anonymised now, unless a need of theirs is still open or in progress. */
    void eraseNow(Beneficiary beneficiary) {
        if (needs.hasOngoingNeedFor(beneficiary.id())) {
            throw new StateConflictException("Ce bénéficiaire a encore un besoin ouvert ou en cours : annulez-le "
                    + "avant d’effacer ses données.");
        }
        beneficiary.anonymise(clock.instant());
        repository.save(beneficiary);
        log.info("Beneficiary {} anonymised on request", beneficiary.id());
    }
}

package fr.heurecivique.matching.matches;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires unanswered proposals, on every instance, on the service's clock (tests move it). Each expiry is a
 * version-checked write of the need's document, so two instances never expire a proposal twice.
 */
@Component
class ProposalExpiry {

    private final Matches matches;

    ProposalExpiry(Matches matches) {
        this.matches = matches;
    }

    @Scheduled(fixedDelayString = "${heure-civique.matching.expiry-check-interval:1m}",
            initialDelayString = "${heure-civique.matching.expiry-check-interval:1m}")
    void run() {
        matches.expireDue();
    }
}

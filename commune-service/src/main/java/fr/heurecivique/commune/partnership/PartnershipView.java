package fr.heurecivique.commune.partnership;

import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.commune.communes.PartnershipStatus;
import fr.heurecivique.commune.communes.PartnershipStep;
import fr.heurecivique.commune.communes.TownHallContact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A commune's partnership as coordinators see it: the request, the charter and the whole history. */
record PartnershipView(String inseeCode, String communeName, PartnershipStatus status, TownHallContact contact,
        String requestMessage, Instant requestedAt, LocalDate charterSignedOn, LocalDate communicationKitSentOn,
        List<StepView> history) {

    record StepView(PartnershipStatus from, PartnershipStatus to, Instant at, String recordedBy, String note) {

        static StepView of(PartnershipStep step) {
            return new StepView(step.from(), step.to(), step.at(), step.recordedBy(), step.note());
        }
    }

    static PartnershipView of(Commune commune) {
        return commune.partnership()
                .map(partnership -> new PartnershipView(commune.inseeCode(), commune.name(),
                        commune.partnershipStatus(), partnership.contact(), partnership.requestMessage(),
                        partnership.requestedAt(), partnership.charterSignedOn(),
                        partnership.communicationKitSentOn(),
                        partnership.history().stream().map(StepView::of).toList()))
                .orElseGet(() -> new PartnershipView(commune.inseeCode(), commune.name(),
                        commune.partnershipStatus(), null, null, null, null, null, List.of()));
    }
}

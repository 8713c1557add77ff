package fr.heurecivique.commune.needs;

import fr.heurecivique.commune.communes.SearchKeys;
import fr.heurecivique.commune.phones.PhoneNumbers;
import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import fr.heurecivique.defaults.web.FieldProblem;

import java.time.Instant;
import java.util.List;

/**
 * What a referent says about a need (everything but who it is for).
 *
 * @param placeAddress     an address for the need, or {@code null} (the beneficiary's home or the commune)
 * @param placeLatitude    the place's latitude, if the referent pinned it
 * @param placeLongitude   the place's longitude, if the referent pinned it
 * @param durationMinutes  expected duration of one occurrence
 * @param volunteersNeeded how many volunteers are needed
 */
public record NeedDetails(String title, KindOfHelp kind, String description, String placeAddress,
        Double placeLatitude, Double placeLongitude, Schedule schedule, int durationMinutes, int volunteersNeeded,
        Urgency urgency) {

    /** A need lasts more than nothing and at most 8 hours. */
    public static final int MAX_DURATION_MINUTES = 480;
    /** Events of associations may need many volunteers; not a crowd. */
    public static final int MAX_VOLUNTEERS = 50;

    /** Adds to {@code problems} whatever breaks the rules of needs at {@code now}, for {@code recipient}. */
    void check(Recipient recipient, Instant now, List<FieldProblem> problems) {
        problems.addAll(schedule.problems(now));
        if (durationMinutes <= 0 || durationMinutes > MAX_DURATION_MINUTES) {
            problems.add(new FieldProblem("durationMinutes", "doit être compris entre 1 et " + MAX_DURATION_MINUTES
                    + " minutes (8 heures)"));
        } else if (durationMinutes > schedule.windowMinutes() && schedule.windowMinutes() > 0) {
            problems.add(new FieldProblem("durationMinutes", "dépasse le créneau horaire (" + schedule.windowMinutes()
                    + " minutes)"));
        }
        if (volunteersNeeded < 1 || volunteersNeeded > MAX_VOLUNTEERS) {
            problems.add(new FieldProblem("volunteersNeeded", "doit être compris entre 1 et " + MAX_VOLUNTEERS));
        }
        keepContactDetailsOut("title", title, recipient, problems);
        keepContactDetailsOut("description", description, recipient, problems);
    }

    /**
     * A need's text travels in events and lists: it must not carry the beneficiary's phone number or address, which
     * stay in their record.
     */
    private static void keepContactDetailsOut(String field, String text, Recipient recipient,
            List<FieldProblem> problems) {
        if (PhoneNumbers.containsNumber(text)) {
            problems.add(new FieldProblem(field, "ne doit pas contenir de numéro de téléphone : les coordonnées "
                    + "restent dans la fiche du bénéficiaire ou de l’association"));
        } else if (recipient.beneficiaryAddress() != null
                && SearchKeys.normalise(text).contains(SearchKeys.normalise(recipient.beneficiaryAddress()))) {
            problems.add(new FieldProblem(field, "ne doit pas contenir l’adresse du bénéficiaire : elle reste dans sa "
                    + "fiche"));
        }
    }
}

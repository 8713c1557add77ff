package fr.heurecivique.volunteer.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A batch of volunteers to import from a Département's spreadsheet ({@code POST /api/volunteers/imports}): each row
 * goes through the sign-up's own rules ({@link RegistrationRequest}'s constraints, {@link Registrations}) and, unless
 * {@code dryRun}, is registered with its {@code VolunteerRegistered} event. A row whose email address already has a
 * volunteer is reported {@code ALREADY_PRESENT} and left as it is, so importing a file twice creates nothing twice.
 *
 * @param dryRun                  only check: nothing is saved
 * @param dataProcessingConsented the coordinator confirms that every volunteer of the file agreed to the processing
 *                                of their data (the sign-up's required consent)
 * @param rows                    at most {@link #MAX_ROWS}; the web client sends a file in batches
 */
record ImportRequest(
        boolean dryRun,
        @NotNull @AssertTrue(message = "le consentement des bénévoles au traitement de leurs données doit être confirmé")
        Boolean dataProcessingConsented,
        @NotEmpty @Size(max = ImportRequest.MAX_ROWS) List<@Valid @NotNull Row> rows) {

    static final int MAX_ROWS = 500;

    /**
     * One line of the file, as the spreadsheet gives it (the service normalises and checks it).
     *
     * @param line the line's number in the file, echoed in the report
     */
    record Row(int line, String firstName, String lastName, String email, String phone, String communeInsee,
            Integer birthYear, String partnerCode, Boolean emailContact, Boolean smsContact,
            Boolean shareWithCommune) {

        RegistrationRequest toRegistration() {
            return new RegistrationRequest(firstName, lastName, email, phone,
                    communeInsee == null ? null : communeInsee.strip(), null, birthYear, null, partnerCode,
                    new RegistrationRequest.ConsentsRequest(true, emailContact, smsContact, shareWithCommune));
        }
    }
}

package fr.heurecivique.commune.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The partner communes of a Département's spreadsheet ({@code POST /api/communes/partnership-imports}): each row
 * takes its commune through the partnership's own steps — request (with the town hall's contact), contact call,
 * activation with the charter's date — each with its event, as coordinators would one by one. A commune that is
 * already a partner is reported {@code ALREADY_PRESENT}: importing a file twice changes nothing twice.
 *
 * @param dryRun     only check: nothing is saved
 * @param recordedBy the coordinator who imports, for the partnership's history
 */
record PartnershipImportRequest(
        boolean dryRun,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Row> rows) {

    /**
     * One line of the file.
     *
     * @param line                   its number in the file, echoed in the report
     * @param name                   optional: when given, it must be the commune's name (a check on the code)
     * @param communicationKitSentOn optional: the charter's date when not given
     */
    record Row(int line, String inseeCode, String name, String contactFirstName, String contactLastName,
            String contactRole, String contactEmail, String contactPhone, LocalDate charterSignedOn,
            LocalDate communicationKitSentOn) {

        /** The town hall's contact, as the public request form would give it (its constraints apply). */
        PartnershipRequestForm contact() {
            return new PartnershipRequestForm(contactFirstName, contactLastName, contactRole, contactEmail,
                    contactPhone, null);
        }
    }
}

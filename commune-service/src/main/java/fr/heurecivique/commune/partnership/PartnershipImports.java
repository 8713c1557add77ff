package fr.heurecivique.commune.partnership;

import fr.heurecivique.commune.Departement;
import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.commune.communes.Communes;
import fr.heurecivique.commune.communes.PartnershipStatus;
import fr.heurecivique.commune.communes.TownHallContact;
import fr.heurecivique.commune.phones.PhoneNumbers;
import fr.heurecivique.defaults.web.FieldProblem;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.defaults.web.StateConflictException;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports partner communes through the partnership's own rules ({@link Commune}'s steps and events). Idempotent by
 * INSEE code, the communes' natural key: a partner stays as it is.
 */
@Service
class PartnershipImports {

    static final String NOTE = "Partenariat repris à l’import des données existantes du Département";
    private static final Logger log = LoggerFactory.getLogger(PartnershipImports.class);

    private final Communes communes;
    private final Validator validator;
    private final Clock clock;

    PartnershipImports(Communes communes, Validator validator, Clock clock) {
        this.communes = communes;
        this.validator = validator;
        this.clock = clock;
    }

    PartnershipImportReport apply(PartnershipImportRequest request) {
        Set<String> seen = new HashSet<>();
        List<PartnershipImportReport.Line> lines = new ArrayList<>();
        for (PartnershipImportRequest.Row row : request.rows()) {
            lines.add(line(row, request, seen));
        }
        PartnershipImportReport report = PartnershipImportReport.of(request.dryRun(), lines);
        log.info("Partnership import{}: {} created, {} already present, {} invalid",
                request.dryRun() ? " (dry run)" : "", report.created(), report.alreadyPresent(), report.invalid());
        return report;
    }

    private PartnershipImportReport.Line line(PartnershipImportRequest.Row row, PartnershipImportRequest request,
            Set<String> seen) {
        String insee = row.inseeCode() == null ? "" : row.inseeCode().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (insee.isEmpty()) {
            problems.add(new FieldProblem("inseeCode", "ne doit pas être vide"));
        }
        validator.validate(row.contact()).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> problems.add(new FieldProblem(contactField(violation.getPropertyPath()
                        .toString()), violation.getMessage())));
        if (row.charterSignedOn() == null) {
            problems.add(new FieldProblem("charterSignedOn", "ne doit pas être vide"));
        }
        Commune commune = null;
        if (!insee.isEmpty()) {
            try {
                commune = communes.get(insee);
            } catch (ResourceNotFoundException e) {
                problems.add(0, new FieldProblem("inseeCode",
                        "n’est pas le code INSEE d’une commune de Charente-Maritime, par exemple 17300 pour La Rochelle"));
            }
        }
        if (commune != null && row.name() != null && !row.name().isBlank()
                && !comparable(row.name()).equals(comparable(commune.name()))) {
            problems.add(new FieldProblem("name", "ne correspond pas au code INSEE " + insee + " (" + commune.name()
                    + ")"));
        }
        if (!problems.isEmpty()) {
            return invalid(row, insee, problems);
        }
        if (commune.partnershipStatus() == PartnershipStatus.PARTNER) {
            return new PartnershipImportReport.Line(row.line(), insee, PartnershipImportReport.Outcome.ALREADY_PRESENT,
                    List.of());
        }
        if (!seen.add(insee)) {
            return invalid(row, insee, List.of(new FieldProblem("inseeCode",
                    "figure déjà sur une autre ligne du fichier")));
        }
        if (commune.partnershipStatus() == PartnershipStatus.SUSPENDED) {
            return invalid(row, insee, List.of(new FieldProblem("inseeCode", "le partenariat de " + commune.name()
                    + " est suspendu : réactivez-le depuis le suivi des partenariats plutôt que par un import")));
        }
        try {
            if (request.dryRun()) {
                toPartner(commune, row, request.recordedBy());
            } else {
                communes.change(insee, fresh -> {
                    if (fresh.partnershipStatus() != PartnershipStatus.PARTNER) {
                        toPartner(fresh, row, request.recordedBy());
                    }
                    return fresh;
                });
            }
            return new PartnershipImportReport.Line(row.line(), insee, PartnershipImportReport.Outcome.CREATED,
                    List.of());
        } catch (InvalidFieldsException e) {
            return invalid(row, insee, e.problems());
        } catch (StateConflictException e) {
            return invalid(row, insee, List.of(new FieldProblem("inseeCode", e.getMessage())));
        }
    }

    /** The partnership's steps from where the commune stands to {@code PARTNER}, each with its event. */
    private void toPartner(Commune commune, PartnershipImportRequest.Row row, String recordedBy) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Departement.ZONE);
        String by = recordedBy.strip();
        if (commune.partnershipStatus() == PartnershipStatus.NONE) {
            PartnershipRequestForm form = row.contact();
            commune.requestPartnership(new TownHallContact(form.firstName().strip(), form.lastName().strip(),
                    form.role().strip(), form.email().strip().toLowerCase(Locale.ROOT),
                    PhoneNumbers.e164(form.phone()).orElseThrow()), NOTE, now);
        }
        if (commune.partnershipStatus() == PartnershipStatus.REQUESTED) {
            commune.recordContactCall(by, NOTE, now);
        }
        commune.activatePartnership(by, NOTE, row.charterSignedOn(),
                row.communicationKitSentOn() == null ? row.charterSignedOn() : row.communicationKitSentOn(), today,
                now);
    }

    private static PartnershipImportReport.Line invalid(PartnershipImportRequest.Row row, String insee,
            List<FieldProblem> problems) {
        return new PartnershipImportReport.Line(row.line(), insee, PartnershipImportReport.Outcome.INVALID,
                List.copyOf(problems));
    }

    private static String contactField(String path) {
        return "contact" + Character.toUpperCase(path.charAt(0)) + path.substring(1);
    }

    private static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip().replaceAll("^st ", "saint ").replaceAll("^ste ", "sainte ");
    }
}

package fr.heurecivique.volunteer.roster;

import fr.heurecivique.volunteer.volunteers.CharenteMaritimeCommune;
import fr.heurecivique.volunteer.volunteers.Volunteer;
import fr.heurecivique.volunteer.volunteers.VolunteerView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import fr.heurecivique.defaults.audit.PersonalDataAudit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The roster of a commune, as its town hall receives it: as JSON pages, or ({@code Accept: text/csv}) as the whole
 * list in a CSV file. Intended callers: the commune's referents and town-hall staff, coordinators.
 */
@RestController
class RosterController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MongoTemplate mongo;
    private final PersonalDataAudit audit;

    RosterController(MongoTemplate mongo, PersonalDataAudit audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    /**
     * The roster as JSON pages, or, when the client asks for {@code text/csv} by name in its {@code Accept} header,
     * the whole list (filters apply, no paging) as a CSV file named after the commune. Decided here rather than by
     * two mappings, so that {@code Accept: *}{@code /*} (curl, browsers) always gets JSON.
     */
    @GetMapping("/api/volunteers")
    ResponseEntity<?> roster(@RequestParam @NotBlank @CharenteMaritimeCommune String commune,
            @RequestParam(required = false) List<String> status, @RequestParam(required = false) String mode,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        RosterFilter filter = RosterFilter.of(commune, status, mode, kind);
        if (wantsCsv(accept)) {
            audit.staffAccess("ROSTER_EXPORTED", "COMMUNE_ROSTER", filter.communeInsee());
            List<RosterEntry> entries = mongo.find(filter.query(), Volunteer.class).stream().map(RosterEntry::of)
                    .toList();
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("benevoles-" + filter.communeInsee() + ".csv").build().toString())
                    .body(RosterCsv.write(entries));
        }
        audit.staffAccess("ROSTER_VIEWED", "COMMUNE_ROSTER", filter.communeInsee());
        Query query = filter.query();
        long total = mongo.count(query, Volunteer.class);
        List<RosterEntry> entries = mongo.find(query.skip((long) page * size).limit(size), Volunteer.class).stream()
                .map(RosterEntry::of).toList();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new RosterPage(filter.communeInsee(),
                VolunteerView.communeName(filter.communeInsee()), page, size, total,
                (int) ((total + size - 1) / size), entries));
    }

    private static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> !type.isWildcardType()
                    && !type.isWildcardSubtype() && type.isCompatibleWith(CSV) && type.getQualityValue() > 0);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}

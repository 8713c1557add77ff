package fr.heurecivique.identity.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The audit of staff access to personal data, for the Département's admins (SecurityConfiguration). */
@RestController
class AuditController {

    private final MongoTemplate mongo;

    AuditController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record AuditPage(List<AuditLogEntry> items, int page, int size, long totalItems) {
    }

    /** Newest first; by actor (account id), resource (id or INSEE code) and period ({@code from} ≤ at < {@code to}). */
    @GetMapping("/api/audit")
    AuditPage audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String resource,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Criteria criteria = new Criteria();
        if (actor != null && !actor.isBlank()) {
            criteria = criteria.and("actor").is(actor.strip());
        }
        if (resource != null && !resource.isBlank()) {
            criteria = criteria.and("resourceId").is(resource.strip());
        }
        if (from != null || to != null) {
            Criteria at = criteria.and("at");
            if (from != null) {
                at = at.gte(from);
            }
            if (to != null) {
                at.lt(to);
            }
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, AuditLogEntry.class);
        List<AuditLogEntry> items = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "at"))
                .skip((long) page * size).limit(size), AuditLogEntry.class);
        return new AuditPage(items, page, size, total);
    }
}

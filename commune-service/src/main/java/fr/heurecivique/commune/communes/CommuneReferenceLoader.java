package fr.heurecivique.commune.communes;

import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Loads the communes of the département at start-up, idempotently: one bulk upsert keyed by INSEE code that updates
 * the reference fields (and the search key derived from the name) and never touches what the scheme recorded
 * (partnership, referents). A restart, or a newer reference file, updates; nothing is ever duplicated.
 */
@Component
class CommuneReferenceLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CommuneReferenceLoader.class);
    private final MongoTemplate mongo;

    CommuneReferenceLoader(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Commune.class);
        var communes = CharenteMaritimeCommunes.get().all();
        communes.forEach(commune -> bulk.upsert(Query.query(Criteria.where("_id").is(commune.inseeCode())),
                new Update()
                        .set("name", commune.name())
                        .set("searchKey", SearchKeys.normalise(commune.name()))
                        .set("postalCodes", commune.postalCodes())
                        .set("population", commune.population())
                        .set("latitude", commune.latitude())
                        .set("longitude", commune.longitude())
                        .setOnInsert("partnershipStatus", PartnershipStatus.NONE.name())
                        .setOnInsert("version", 0L)));
        bulk.execute();
        log.info("Reference data: {} communes of Charente-Maritime loaded", communes.size());
    }
}

package fr.heurecivique.commune.beneficiaries;

import fr.heurecivique.commune.communes.Commune;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The beneficiaries of the communes. Logs name them by id only. */
@Service
public class Beneficiaries {

    private static final Logger log = LoggerFactory.getLogger(Beneficiaries.class);

    private final BeneficiaryRepository repository;
    private final MongoTemplate mongo;
    private final Clock clock;

    Beneficiaries(BeneficiaryRepository repository, MongoTemplate mongo, Clock clock) {
        this.repository = repository;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A referent of a partner commune records a beneficiary. */
    Beneficiary record(Commune commune, String referentId, BeneficiaryDetails details) {
        commune.requirePartner("enregistrer un bénéficiaire");
        commune.actingReferent(referentId, "referentId");
        Beneficiary beneficiary = repository.insert(Beneficiary.record(commune.inseeCode(), details, referentId,
                clock.instant()));
        log.info("Commune {}: beneficiary {} recorded", commune.inseeCode(), beneficiary.id());
        return beneficiary;
    }

    Beneficiary update(String communeInsee, String id, java.util.function.UnaryOperator<BeneficiaryDetails> change) {
        Beneficiary beneficiary = get(communeInsee, id);
        beneficiary.update(change.apply(beneficiary.details()), clock.instant());
        repository.save(beneficiary);
        log.info("Commune {}: beneficiary {} updated", communeInsee, id);
        return beneficiary;
    }

    List<Beneficiary> of(String communeInsee) {
        return repository.findByCommuneInseeOrderByLastNameAscFirstNameAsc(communeInsee);
    }

    /** The beneficiary {@code id} of the commune; otherwise a 404. */
    Beneficiary get(String communeInsee, String id) {
        return repository.findById(id).filter(beneficiary -> beneficiary.communeInsee().equals(communeInsee))
                .orElseThrow(() -> new ResourceNotFoundException("Aucun bénéficiaire de cette commune n’a cet "
                        + "identifiant."));
    }

    /** Any beneficiary, for the internal API; otherwise a 404. */
    Beneficiary get(String id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFoundException(
                "Aucun bénéficiaire n’a cet identifiant."));
    }

    /**
     * The beneficiary a need is posted for: one of the commune's, not anonymised; any other id is a 400 naming
     * {@code field}.
     */
    public Beneficiary forNeed(String communeInsee, String id, String field) {
        Beneficiary beneficiary = repository.findById(id)
                .filter(candidate -> candidate.communeInsee().equals(communeInsee))
                .orElseThrow(() -> new InvalidFieldsException(field,
                        "doit être l’identifiant d’un bénéficiaire de la commune"));
        if (beneficiary.isAnonymised()) {
            throw new InvalidFieldsException(field, "ce bénéficiaire a été anonymisé");
        }
        return beneficiary;
    }

    /**
     * Records that a need running until {@code needEndsAt} was posted for the beneficiary (retention). One atomic
     * update of those two dates, never a versioned save: the need is saved already, and a referent correcting the
     * beneficiary at the same moment must neither fail this nor be failed by it.
     */
    public void needPosted(Beneficiary beneficiary, Instant needEndsAt) {
        beneficiary.needPosted(clock.instant(), needEndsAt);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(beneficiary.id()).and("anonymisedAt").exists(false)),
                new Update().set("lastNeedAt", beneficiary.lastNeedAt()).max("activeUntil", beneficiary.activeUntil()),
                Beneficiary.class);
    }
}

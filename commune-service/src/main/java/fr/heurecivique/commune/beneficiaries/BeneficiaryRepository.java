package fr.heurecivique.commune.beneficiaries;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.Instant;
import java.util.List;

interface BeneficiaryRepository extends MongoRepository<Beneficiary, String> {

    List<Beneficiary> findByCommuneInseeOrderByLastNameAscFirstNameAsc(String communeInsee);

    /** Not anonymised, and without a need since {@code cutoff}. */
    List<Beneficiary> findByAnonymisedAtIsNullAndActiveUntilBefore(Instant cutoff);
}

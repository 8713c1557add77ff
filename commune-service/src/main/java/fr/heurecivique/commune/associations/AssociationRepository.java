package fr.heurecivique.commune.associations;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface AssociationRepository extends MongoRepository<Association, String> {

    List<Association> findByCommuneInseeOrderByName(String communeInsee);

    boolean existsByCommuneInseeAndRnaNumber(String communeInsee, String rnaNumber);

    long countByCommuneInsee(String communeInsee);
}

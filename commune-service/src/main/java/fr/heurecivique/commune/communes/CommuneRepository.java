package fr.heurecivique.commune.communes;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CommuneRepository extends MongoRepository<Commune, String> {
}

package fr.heurecivique.commune.needs;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface NeedRepository extends MongoRepository<Need, String> {
}

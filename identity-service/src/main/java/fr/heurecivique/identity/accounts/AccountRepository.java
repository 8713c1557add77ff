package fr.heurecivique.identity.accounts;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;
import java.util.Optional;

public interface AccountRepository extends MongoRepository<Account, String> {

    Optional<Account> findByEmail(String email);

    List<Account> findByVolunteerId(String volunteerId);

    List<Account> findByAppointmentsReferentId(String referentId);
}

package fr.heurecivique.volunteer.volunteers;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface VolunteerRepository extends MongoRepository<Volunteer, String> {
}

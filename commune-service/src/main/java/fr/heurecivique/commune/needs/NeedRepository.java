package fr.heurecivique.commune.needs;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface NeedRepository extends MongoRepository<Need, String> {

    boolean existsByBeneficiaryIdAndStatusIn(String beneficiaryId, Collection<NeedStatus> statuses);

    List<Need> findByStatusAndEndsAtBefore(NeedStatus status, Instant instant);

    List<Need> findByStatusInAndEndsAtBefore(Collection<NeedStatus> statuses, Instant instant);
}

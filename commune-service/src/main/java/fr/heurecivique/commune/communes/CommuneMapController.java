package fr.heurecivique.commune.communes;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Public: every commune of the département with its centre's coordinates and its partnership status, in one answer
 * (462 lines, no personal data), for the Département's map.
 */
@RestController
class CommuneMapController {

    private final CommuneRepository repository;

    CommuneMapController(CommuneRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/communes/map")
    CommuneMap map() {
        return new CommuneMap(repository.findAll(Sort.by("_id")).stream().map(commune -> new CommuneMap.Place(
                commune.inseeCode(), commune.name(), commune.population(), commune.latitude(), commune.longitude(),
                commune.partnershipStatus())).toList());
    }

    /** The communes, by INSEE code. */
    record CommuneMap(List<Place> communes) {

        record Place(String inseeCode, String name, int population, double latitude, double longitude,
                PartnershipStatus partnershipStatus) {
        }
    }
}

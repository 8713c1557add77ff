package fr.heurecivique.commune.communes;

import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/** The communes of the département, for the other features of the service. */
@Service
public class Communes {

    private final CommuneRepository repository;

    Communes(CommuneRepository repository) {
        this.repository = repository;
    }

    /** The commune with this INSEE code; an unknown code is a 404. */
    public Commune get(String inseeCode) {
        return repository.findById(inseeCode).orElseThrow(() -> new ResourceNotFoundException(
                "Aucune commune de Charente-Maritime n’a le code INSEE « " + inseeCode + " »."));
    }
}

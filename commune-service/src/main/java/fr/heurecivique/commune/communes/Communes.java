package fr.heurecivique.commune.communes;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

import java.util.function.Function;

/** The communes of the département, for the other features of the service. */
@Service
public class Communes {

    /** How many times a change is tried again when another one saved the same commune in between. */
    private static final int ATTEMPTS = 5;

    private final CommuneRepository repository;
    private final AggregateStore store;

    Communes(CommuneRepository repository, AggregateStore store) {
        this.repository = repository;
        this.store = store;
    }

    /** The commune with this INSEE code; an unknown code is a 404. */
    public Commune get(String inseeCode) {
        return repository.findById(inseeCode).orElseThrow(() -> new ResourceNotFoundException(
                "Aucune commune de Charente-Maritime n’a le code INSEE « " + inseeCode + " »."));
    }

    /**
     * Applies {@code change} to the commune and saves it with its events, in one write ({@link AggregateStore}). The
     * commune document is shared by its partnership and its referents: when another change saved it in between
     * (optimistic lock), the change is applied again to the fresh document, so that concurrent coordinators and
     * referents never lose work.
     */
    public <T> T change(String inseeCode, Function<Commune, T> change) {
        return store.change(ATTEMPTS, () -> get(inseeCode), change);
    }
}

package fr.heurecivique.defaults.testapp;

import fr.heurecivique.defaults.outbox.AggregateStore;
import fr.heurecivique.defaults.web.InvalidFieldsException;
import fr.heurecivique.defaults.web.ResourceNotFoundException;
import fr.heurecivique.defaults.web.StateConflictException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that exercise the shared problem details. */
@RestController
class ParcelController {

    private final ParcelRepository parcels;
    private final AggregateStore store;
    private final fr.heurecivique.defaults.links.SignedLinks links;
    private final fr.heurecivique.defaults.links.UsedLinks usedLinks;

    ParcelController(ParcelRepository parcels, AggregateStore store, fr.heurecivique.defaults.links.SignedLinks links,
            fr.heurecivique.defaults.links.UsedLinks usedLinks) {
        this.parcels = parcels;
        this.store = store;
        this.links = links;
        this.usedLinks = usedLinks;
    }

    record ShipRequest(@NotBlank String destination, @NotNull @Email String contact, @Positive int weight,
            Speed speed, java.time.LocalDate shipOn, Boolean fragile, Double declaredValue) {
    }

    enum Speed { STANDARD, EXPRESS }

    @GetMapping("/test/parcels")
    String bySpeed(@org.springframework.web.bind.annotation.RequestParam Speed speed) {
        return speed.name();
    }

    @PostMapping("/test/parcels")
    @ResponseStatus(HttpStatus.CREATED)
    String ship(@Valid @RequestBody ShipRequest request) {
        if ("Atlantide".equals(request.destination())) {
            throw new InvalidFieldsException("destination", "destination inconnue");
        }
        return store.insert(Parcel.ship(request.destination())).id();
    }

    @GetMapping("/test/parcels/{id}")
    String parcel(@PathVariable String id) {
        return parcels.findById(id).map(Parcel::id)
                .orElseThrow(() -> new ResourceNotFoundException("Aucun colis n’a cet identifiant."));
    }

    @PostMapping("/test/parcels/{id}/return")
    void giveBack(@PathVariable String id) {
        throw new StateConflictException("Ce colis n’a pas encore été livré.");
    }

    /** Acts once per signed link, as a "confirm" link in an email would. */
    @PostMapping("/test/links")
    String useLink(@org.springframework.web.bind.annotation.RequestParam String token) {
        fr.heurecivique.defaults.links.SignedLinks.Link link = links.verify(token, "test-confirm");
        usedLinks.use(link);
        return link.subject();
    }

    @GetMapping("/test/failure")
    void failure() {
        throw new IllegalStateException("claire.martin@exemple.fr broke it");
    }
}

package fr.heurecivique.notification.links;

import fr.heurecivique.defaults.web.ResourceNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Opens a short link of an SMS: a redirect to its target, or 404 once it expired. Public: the token is the key. */
@RestController
class ShortLinkController {

    private final ShortLinks links;

    ShortLinkController(ShortLinks links) {
        this.links = links;
    }

    @GetMapping("/l/{token}")
    ResponseEntity<Void> open(@PathVariable String token) {
        String target = links.resolve(token).orElseThrow(() -> new ResourceNotFoundException(
                "Ce lien n’existe pas ou a expiré. Si une mission vous a été proposée, répondez depuis l’e-mail "
                        + "reçu ou contactez votre mairie."));
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target))
                .cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer").build();
    }
}

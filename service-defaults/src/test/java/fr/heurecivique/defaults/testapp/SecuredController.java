package fr.heurecivique.defaults.testapp;

import fr.heurecivique.defaults.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
class SecuredController {

    @GetMapping({ "/test/security/staff", "/test/security/communes/{insee}", "/test/security/internal" })
    Map<String, Object> caller() {
        Caller caller = Caller.current();
        return Map.of("subject", caller.subject(), "roles", caller.roles(), "communes", caller.communes(),
                "internal", caller.internal(), "volunteerId", caller.volunteerId().orElse(""));
    }

    /** A rule only the service can check, from the resource: a 403 problem, not the catch-all 500. */
    @GetMapping("/test/security/in-the-service/{insee}")
    String inTheService(@PathVariable String insee) {
        Caller.require(Caller.current().mayReadCommune(insee));
        return insee;
    }

    @GetMapping("/test/security/forgotten")
    String forgotten() {
        return "an endpoint without its rule";
    }
}

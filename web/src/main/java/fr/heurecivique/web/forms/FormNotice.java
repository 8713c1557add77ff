package fr.heurecivique.web.forms;

import fr.heurecivique.web.api.ApiProblem;

/**
 * What to tell a person whose form could not be sent for a reason that is no field's (the service is down, too many
 * requests, a conflict): shown above the form, which keeps everything typed.
 */
public record FormNotice(String title, String message) {

    public static FormNotice unavailable() {
        return new FormNotice("Le service est momentanément indisponible",
                "Votre demande n’a pas pu être envoyée. Ce que vous avez saisi est conservé : réessayez dans quelques "
                        + "minutes.");
    }

    public static FormNotice of(ApiProblem problem) {
        if (problem.status() == 429) {
            return new FormNotice("Trop de demandes en peu de temps",
                    problem.detail() != null ? problem.detail() : "Réessayez dans une minute.");
        }
        if (problem.isUnavailable()) {
            return unavailable();
        }
        return new FormNotice(problem.title() != null ? problem.title() : "Demande refusée",
                problem.detail() != null ? problem.detail() : "Vérifiez le formulaire puis envoyez-le à nouveau.");
    }
}

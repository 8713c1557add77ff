package fr.heurecivique.web.signup;

import fr.heurecivique.web.forms.Option;

import java.util.List;
import java.util.Map;

/**
 * The choices of the sign-up form. volunteer-service accepts any partner code (letters, digits, - and _): these are
 * the partner organisations that mobilise their members today; a new partner is a line here.
 */
final class SignupChoices {

    static final List<Option> PARTNERS = List.of(
            new Option("", "Aucun, je viens de moi-même"),
            new Option("MUTUALIA", "Mutualia (mutuelle)"),
            new Option("GENERATION_MOUVEMENT", "Génération Mouvement (fédération d’associations de retraités)"));

    static final List<Option> HEARD_FROM = List.of(
            new Option("", "Je préfère ne pas répondre"),
            new Option("TOWN_HALL", "Par ma mairie"),
            new Option("PARTNER_ORGANISATION", "Par un partenaire (mutuelle, association de retraités…)"),
            new Option("ASSOCIATION", "Par une association"),
            new Option("PRESS", "Par la presse, la radio ou la télévision"),
            new Option("SOCIAL_MEDIA", "Par les réseaux sociaux"),
            new Option("WORD_OF_MOUTH", "Par le bouche-à-oreille"),
            new Option("EVENT", "Lors d’un événement"),
            new Option("OTHER", "Autrement"));

    /** The form's fields as labelled on the page, to introduce the services' own messages. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("firstName", "Prénom"), Map.entry("lastName", "Nom"),
            Map.entry("email", "Adresse électronique"), Map.entry("phone", "Téléphone portable"),
            Map.entry("commune", "Commune"), Map.entry("partnerCode", "Partenaire"),
            Map.entry("heardFrom", "Comment avez-vous connu L’Heure Civique ?"),
            Map.entry("birthYear", "Année de naissance"),
            Map.entry("consentDataProcessing", "Utilisation de vos données"),
            Map.entry("consentEmail", "Messages par courriel"), Map.entry("consentSms", "Messages par SMS"),
            Map.entry("consentShareWithCommune", "Partage avec votre commune"));

    /** volunteer-service's field ({@code consents.dataProcessing}) → the form's. */
    static String formField(String apiField) {
        return switch (apiField) {
            case "communeInsee" -> "commune";
            case "consents", "consents.dataProcessing" -> "consentDataProcessing";
            case "consents.email" -> "consentEmail";
            case "consents.sms" -> "consentSms";
            case "consents.shareWithCommune" -> "consentShareWithCommune";
            default -> apiField.startsWith("postalAddress") ? "commune"
                    : SignupForm.FIELDS.contains(apiField) ? apiField : null;
        };
    }

    static boolean valid(List<Option> options, String value) {
        return value == null || options.stream().anyMatch(option -> option.value().equals(value));
    }

    private SignupChoices() {
    }
}

package fr.heurecivique.web.staff.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file holds, and its columns: the French headers documented in docs/web.md (any case, accents or spacing;
 * a few usual variants are understood). Each column names the API field it fills.
 */
enum ImportKind {

    VOLUNTEERS("Bénévoles", "email", List.of(
            new Column("firstName", "Prénom", true),
            new Column("lastName", "Nom", true, "Nom de famille"),
            new Column("email", "E-mail", true, "Adresse e-mail", "Courriel", "Email", "Mail"),
            new Column("phone", "Téléphone", true, "Téléphone mobile", "Portable", "Mobile", "Tel"),
            new Column("communeInsee", "Code INSEE", true, "Code commune", "INSEE", "Code INSEE de la commune"),
            new Column("birthYear", "Année de naissance", false),
            new Column("partnerCode", "Partenaire", false, "Code partenaire"),
            new Column("emailContact", "Contact par e-mail", false, "Accepte les e-mails"),
            new Column("smsContact", "Contact par SMS", false, "Accepte les SMS"),
            new Column("shareWithCommune", "Partage avec la commune", false, "Coordonnées partagées avec la commune"))),

    COMMUNES("Communes partenaires", "inseeCode", List.of(
            new Column("inseeCode", "Code INSEE", true, "Code commune", "INSEE"),
            new Column("name", "Commune", false, "Nom de la commune"),
            new Column("contactFirstName", "Prénom du contact", true),
            new Column("contactLastName", "Nom du contact", true),
            new Column("contactRole", "Fonction du contact", true, "Fonction"),
            new Column("contactEmail", "E-mail du contact", true, "Courriel du contact"),
            new Column("contactPhone", "Téléphone du contact", true),
            new Column("charterSignedOn", "Date de signature de la charte", true, "Date de la charte"),
            new Column("communicationKitSentOn", "Date d’envoi du kit", false, "Date d’envoi du kit de communication")));

    private final String label;
    private final String naturalKey;
    private final List<Column> columns;

    ImportKind(String label, String naturalKey, List<Column> columns) {
        this.label = label;
        this.naturalKey = naturalKey;
        this.columns = columns;
    }

    public String label() {
        return label;
    }

    /** The field that names a line for good (email address, INSEE code): "déjà présent" is decided on it. */
    String naturalKey() {
        return naturalKey;
    }

    public List<Column> columns() {
        return columns;
    }

    Optional<Column> column(String field) {
        return columns.stream().filter(column -> column.field().equals(field)).findFirst();
    }

    /** The French label of an API field, for the report ("Téléphone"); the field itself when unknown. */
    String labelOf(String field) {
        return column(field).map(Column::header).orElse(field);
    }

    static Optional<ImportKind> of(String value) {
        for (ImportKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * A column of the file.
     *
     * @param field    the API field it fills
     * @param header   its documented French header
     * @param required whether every line must fill it
     * @param aliases  other headers understood
     */
    record Column(String field, String header, boolean required, String... aliases) {

        boolean matches(String header) {
            String key = key(header);
            if (key.equals(key(this.header))) {
                return true;
            }
            for (String alias : aliases) {
                if (key.equals(key(alias))) {
                    return true;
                }
            }
            return false;
        }

        /** "Date d’envoi du kit" → "date d envoi du kit": no accents, case, punctuation or extra spaces. */
        static String key(String header) {
            return Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        }
    }
}

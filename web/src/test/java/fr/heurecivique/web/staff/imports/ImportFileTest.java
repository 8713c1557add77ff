package fr.heurecivique.web.staff.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What web checks in a file by itself, before the services check the rest. */
class ImportFileTest {

    private static ImportFile read(ImportKind kind, String text) {
        return ImportFile.read(kind, CsvTable.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsTheColumnsByTheirFrenchHeadersWhateverTheirCaseAccentsOrOrder() {
        ImportFile file = read(ImportKind.VOLUNTEERS, """
                CODE INSEE;telephone;  Prenom ;NOM;Courriel;Contact par SMS;Année de naissance;Remarques
                17010;06 12 34 56 78;Hélène;Dupré;Helene.Dupre@Exemple.fr;oui;1958;à rappeler
                """);
        assertThat(file.problems()).isEmpty();
        assertThat(file.ignored()).containsExactly("Remarques");
        ImportFile.Line line = file.lines().get(0);
        assertThat(line.valid()).isTrue();
        assertThat(line.values()).containsEntry("firstName", "Hélène").containsEntry("communeInsee", "17010")
                .containsEntry("smsContact", true).containsEntry("birthYear", 1958).containsEntry("line", 2)
                .doesNotContainKey("emailContact");
        assertThat(line.key()).isEqualTo("helene.dupre@exemple.fr");
    }

    @Test
    void aMissingColumnStopsTheFile() {
        ImportFile file = read(ImportKind.VOLUNTEERS, "Prénom;Nom;E-mail;Code INSEE\nA;B;a@b.fr;17010\n");
        assertThat(file.problems()).containsExactly("Colonne manquante : « Téléphone ».");
        assertThat(file.lines()).isEmpty();
    }

    @Test
    void eachLineGetsItsProblemsInFrenchAndALaterDuplicateEmailIsOne() {
        ImportFile file = read(ImportKind.VOLUNTEERS, """
                Prénom;Nom;E-mail;Téléphone;Code INSEE;Contact par e-mail;Année de naissance
                Anne;Morel;anne@exemple.fr;0612345678;17010;oui;
                ;Morel;paul@exemple.fr;0612345678;17010;peut-être;dix-neuf
                Anne;Morel;ANNE@exemple.fr;0612345678;17010;non;1970
                """);
        assertThat(file.lines().get(0).problems()).isEmpty();
        assertThat(file.lines().get(1).problems()).containsExactly("Prénom : champ manquant",
                "Année de naissance : doit être une année, par exemple 1968",
                "Contact par e-mail : doit être « oui » ou « non »");
        assertThat(file.lines().get(2).problems()).containsExactly("E-mail : en double, figure déjà à la ligne 2");
    }

    @Test
    void communesTakeFrenchDatesAndTheirInseeCodeIsTheirKey() {
        ImportFile file = read(ImportKind.COMMUNES, """
                Code INSEE,Commune,Prénom du contact,Nom du contact,Fonction du contact,E-mail du contact,Téléphone du contact,Date de signature de la charte,Date d'envoi du kit
                17016,Archiac,Anne,Morel,Secrétaire de mairie,mairie@archiac.fr,05 46 49 10 10,15/01/2026,2026-01-20
                17016,Archiac,Anne,Morel,Secrétaire de mairie,mairie@archiac.fr,05 46 49 10 10,31/02/2026,
                """);
        assertThat(file.problems()).isEmpty();
        assertThat(file.lines().get(0).values()).containsEntry("charterSignedOn", "2026-01-15")
                .containsEntry("communicationKitSentOn", "2026-01-20");
        assertThat(file.lines().get(1).problems()).containsExactly(
                "Date de signature de la charte : doit être une date, par exemple 15/01/2026",
                "Code INSEE : en double, figure déjà à la ligne 2");
    }
}

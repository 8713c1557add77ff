package fr.heurecivique.volunteer.roster;

import fr.heurecivique.volunteer.volunteers.OnboardingStep;
import fr.heurecivique.volunteer.volunteers.VolunteerStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterCsvTest {

    @Test
    void writesUtf8WithABomSemicolonsAndInertFormulas() {
        RosterEntry entry = new RosterEntry("id-1", "=CMD()", "Lefèvre; fils", VolunteerStatus.REGISTERED,
                OnboardingStep.SIGNED_UP, Instant.parse("2026-03-01T10:00:00Z"), List.of(), List.of(), null, List.of(),
                null, false, null, null, null);
        byte[] csv = RosterCsv.write(List.of(entry));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("Prénom;Nom;Statut;");
        assertThat(lines.get(1)).isEqualTo("'=CMD();\"Lefèvre; fils\";En cours d’inscription;Inscrit;01/03/2026;;;;;;"
                + "non;;;;id-1");
    }
}

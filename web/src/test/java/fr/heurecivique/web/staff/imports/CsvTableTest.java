package fr.heurecivique.web.staff.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV files French offices save: encodings and separators detected, lines numbered as in the file. */
class CsvTableTest {

    @Test
    void readsUtf8WithAByteOrderMarkAndSemicolons() {
        byte[] bytes = ("\uFEFFPrénom;Nom;Code INSEE\nHélène;Dupré;17010\n").getBytes(StandardCharsets.UTF_8);
        CsvTable table = CsvTable.parse(bytes);
        assertThat(table.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.headers()).containsExactly("Prénom", "Nom", "Code INSEE");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.cells()).containsExactly("Hélène", "Dupré", "17010");
        });
    }

    @Test
    void readsWindows1252WithCommasAndQuotedCells() {
        byte[] bytes = "Prénom,Nom,Fonction\r\nAndré,\"Lefèvre, dit « Dédé »\",Élu\r\n"
                .getBytes(CsvTable.WINDOWS_1252);
        CsvTable table = CsvTable.parse(bytes);
        assertThat(table.charset()).isEqualTo(CsvTable.WINDOWS_1252);
        assertThat(table.delimiter()).isEqualTo(',');
        assertThat(table.headers()).containsExactly("Prénom", "Nom", "Fonction");
        assertThat(table.rows().get(0).cells()).containsExactly("André", "Lefèvre, dit « Dédé »", "Élu");
    }

    @Test
    void plainAsciiIsUtf8AndAnEvenHeaderMeansSemicolons() {
        CsvTable table = CsvTable.parse("a\n1\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(table.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.delimiter()).isEqualTo(';');
    }

    @Test
    void numbersLinesAsInTheFileSkippingBlankOnesAndCountingLineBreaksInQuotes() {
        String text = "Nom;Note\nA;un\n\n;\nB;\"deux\nlignes\"\nC;trois\n";
        CsvTable table = CsvTable.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 5, 7);
        assertThat(table.rows().get(1).cell(1)).isEqualTo("deux\nlignes");
        assertThat(table.rows().get(2).cell(5)).isEmpty();
    }

    @Test
    void anEmptyFileIsNotATable() {
        assertThatThrownBy(() -> CsvTable.parse(new byte[0])).isInstanceOf(CsvTable.NotATable.class)
                .hasMessage("Le fichier est vide.");
        assertThatThrownBy(() -> CsvTable.parse("\uFEFF \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CsvTable.NotATable.class);
    }
}

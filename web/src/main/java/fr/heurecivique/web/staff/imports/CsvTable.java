package fr.heurecivique.web.staff.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A spreadsheet saved as CSV, as French offices save them: separated by {@code ;} (Excel in French) or {@code ,},
 * encoded in UTF-8 (with or without a byte-order mark) or in Windows-1252 (Excel's "CSV" on Windows). Both are
 * detected: the encoding by decoding strictly as UTF-8 first (Windows-1252 text with accents is never valid UTF-8),
 * the separator by counting both in the header line. Parsed with Apache Commons CSV (quotes, doubled quotes, line
 * breaks in a quoted cell).
 *
 * @param charset   the encoding found
 * @param delimiter the separator found
 * @param headers   the first line's cells
 * @param rows      the other non-blank lines, with their line number in the file (the header is line 1)
 */
record CsvTable(Charset charset, char delimiter, List<String> headers, List<Row> rows) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A line of the file: its number and its cells, trimmed. */
    record Row(int line, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** Thrown for a file that is not a CSV table at all; the message is French. */
    static final class NotATable extends RuntimeException {
        NotATable(String message) {
            super(message);
        }
    }

    static CsvTable parse(byte[] bytes) {
        Charset charset = detectCharset(bytes);
        String text = new String(bytes, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new NotATable("Le fichier est vide.");
        }
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(delimiter)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                // the line where the record starts (a quoted cell may hold line breaks)
                int line = lines.lineOf((int) record.getCharacterPosition());
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells;
                } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(new Row(line, cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new NotATable("Le fichier n’a pas pu être lu comme un tableau CSV (guillemets mal fermés ?).");
        }
        if (headers == null) {
            throw new NotATable("Le fichier est vide.");
        }
        return new CsvTable(charset, delimiter, List.copyOf(headers), List.copyOf(rows));
    }

    /** Where each line starts, to number the records. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.starts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(int position) {
            int found = java.util.Arrays.binarySearch(starts, position);
            return (found >= 0 ? found : -found - 2) + 1;
        }
    }

    static Charset detectCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252;
        }
    }

    /** {@code ;} or {@code ,}: whichever the first line (outside quotes) holds more of; {@code ;} when even. */
    static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}

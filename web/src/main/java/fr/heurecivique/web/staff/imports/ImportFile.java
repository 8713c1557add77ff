package fr.heurecivique.web.staff.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file read as lines of one {@link ImportKind}: the columns found by their French headers, and each line's
 * problems that web can see on its own — a missing column or field, a yes/no, year or date that is not one, a line
 * whose email address (or INSEE code) another line already has. The services check the rest (a commune that does
 * not exist, a phone that is not a mobile…) in the dry run.
 *
 * @param problems what stops the whole file (a missing column, too many lines), in French
 * @param ignored  headers that are not columns of this kind
 */
record ImportFile(ImportKind kind, CsvTable table, List<String> problems, List<String> ignored, List<Line> lines) {

    /** The most lines a file may hold. */
    static final int MAX_LINES = 20_000;

    private static final Set<String> YES = Set.of("oui", "o", "yes", "y", "1", "vrai", "x");
    private static final Set<String> NO = Set.of("non", "n", "no", "0", "faux", "");
    private static final List<DateTimeFormatter> DATES = List.of(strict("d/M/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE, strict("d-M-uuuu"), strict("d.M.uuuu"));

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /**
     * A line of the file.
     *
     * @param values   the API fields it fills, typed (String, Integer, Boolean, or a date as ISO text)
     * @param key      its natural key (email address lower-cased, INSEE code), for the report
     * @param problems what is wrong with it, in French ("Téléphone : champ manquant")
     */
    record Line(int line, Map<String, Object> values, String key, List<String> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    static ImportFile read(ImportKind kind, CsvTable table) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            int index = i;
            kind.columns().stream().filter(column -> column.matches(header)).findFirst().ifPresentOrElse(
                    column -> {
                        if (positions.putIfAbsent(column.field(), index) != null) {
                            problems.add("La colonne « " + column.header() + " » figure deux fois.");
                        }
                    },
                    () -> {
                        if (!header.isBlank()) {
                            ignored.add(header);
                        }
                    });
        }
        for (ImportKind.Column column : kind.columns()) {
            if (column.required() && !positions.containsKey(column.field())) {
                problems.add("Colonne manquante : « " + column.header() + " ».");
            }
        }
        if (table.rows().isEmpty()) {
            problems.add("Le fichier ne contient aucune ligne après celle des titres de colonnes.");
        }
        if (table.rows().size() > MAX_LINES) {
            problems.add("Le fichier contient " + table.rows().size() + " lignes ; un import en accepte "
                    + MAX_LINES + " au plus : découpez-le en plusieurs fichiers.");
        }
        if (!problems.isEmpty()) {
            return new ImportFile(kind, table, List.copyOf(problems), List.copyOf(ignored), List.of());
        }
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        List<Line> lines = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            lines.add(line(kind, row, positions, firstLineOfKey));
        }
        return new ImportFile(kind, table, List.of(), List.copyOf(ignored), List.copyOf(lines));
    }

    private static Line line(ImportKind kind, CsvTable.Row row, Map<String, Integer> positions,
            Map<String, Integer> firstLineOfKey) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        values.put("line", row.line());
        for (ImportKind.Column column : kind.columns()) {
            Integer position = positions.get(column.field());
            String text = position == null ? "" : row.cell(position).strip();
            if (text.isEmpty()) {
                if (column.required()) {
                    problems.add(column.header() + " : champ manquant");
                }
                continue;
            }
            switch (column.field()) {
                case "birthYear" -> {
                    try {
                        values.put(column.field(), Integer.parseInt(text));
                    } catch (NumberFormatException e) {
                        problems.add(column.header() + " : doit être une année, par exemple 1968");
                    }
                }
                case "emailContact", "smsContact", "shareWithCommune" -> {
                    String answer = text.toLowerCase(Locale.ROOT);
                    if (YES.contains(answer)) {
                        values.put(column.field(), true);
                    } else if (NO.contains(answer)) {
                        values.put(column.field(), false);
                    } else {
                        problems.add(column.header() + " : doit être « oui » ou « non »");
                    }
                }
                case "charterSignedOn", "communicationKitSentOn" -> {
                    LocalDate date = date(text);
                    if (date == null) {
                        problems.add(column.header() + " : doit être une date, par exemple 15/01/2026");
                    } else {
                        values.put(column.field(), date.toString());
                    }
                }
                default -> values.put(column.field(), text);
            }
        }
        Object keyValue = values.get(kind.naturalKey());
        String key = keyValue == null ? null : keyValue.toString().strip().toLowerCase(Locale.ROOT);
        if (key != null) {
            Integer first = firstLineOfKey.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(kind.labelOf(kind.naturalKey()) + " : en double, figure déjà à la ligne " + first);
            }
        }
        return new Line(row.line(), values, key, List.copyOf(problems));
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }
}

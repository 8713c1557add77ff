package fr.heurecivique.web.dashboard;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's data as CSV files for French spreadsheets: {@code ;}-separated, UTF-8 with a byte-order mark,
 * numbers of minutes as integers. A cell that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage
 * return first) is made inert with a leading apostrophe (CSV injection): commune and partner names come from
 * configuration and reference data, but a download must never be a way in.
 */
final class DashboardCsv {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private DashboardCsv() {
    }

    static byte[] write(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, FORMAT);
            csv.printRecord(headers.stream().map(DashboardCsv::cell).toList());
            for (List<Object> row : rows) {
                List<Object> cells = new ArrayList<>(row.size());
                row.forEach(value -> cells.add(value instanceof String text ? cell(text) : value));
                csv.printRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A text made inert for spreadsheets. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static byte[] chart(Charts.BarChart chart) {
        List<List<Object>> rows = new ArrayList<>();
        boolean hours = "Heures".equals(chart.unit());
        for (Charts.Item item : chart.items()) {
            rows.add(List.of(item.label(), hours ? (long) item.value() : (long) item.value()));
        }
        return write(List.of(chart.labelHeader(), hours ? "Minutes" : chart.unit()), rows);
    }

    static byte[] communes(List<Dashboard.CommuneRow> communes) {
        List<List<Object>> rows = new ArrayList<>();
        communes.forEach(row -> rows.add(List.of(row.code(), row.name(), row.minutesThisMonth(),
                row.minutesThisYear())));
        return write(List.of("Code INSEE", "Commune", "Minutes ce mois-ci", "Minutes cette année"), rows);
    }

    static byte[] map(CommuneMap map) {
        List<List<Object>> rows = new ArrayList<>();
        map.places().stream().sorted(java.util.Comparator.comparing(CommuneMap.Place::inseeCode))
                .forEach(place -> rows.add(List.of(place.inseeCode(), place.name(), place.statusLabel(),
                        place.minutesThisYear())));
        return write(List.of("Code INSEE", "Commune", "Partenariat", "Minutes cette année"), rows);
    }

    static byte[] monthly(Dashboard.Monthly monthly) {
        List<String> headers = new ArrayList<>(List.of("Niveau", "Code", "Nom"));
        headers.addAll(monthly.months());
        headers.add("Total");
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.Series series : monthly.series()) {
            List<Object> row = new ArrayList<>(List.of(series.kind(), series.code(), series.name()));
            row.addAll(series.minutes());
            row.add(series.total());
            rows.add(row);
        }
        return write(headers, rows);
    }
}

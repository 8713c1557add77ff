package fr.heurecivique.volunteer.roster;

import fr.heurecivique.volunteer.volunteers.PhoneNumbers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A commune's roster as a CSV file for French spreadsheet users: UTF-8 with a byte-order mark (so that accents open
 * right), {@code ;} as separator, French headers and labels, phones in national format. A cell that a spreadsheet
 * would run as a formula (starting with {@code = + - @}) is quoted with a leading apostrophe.
 */
final class RosterCsv {

    static final String[] HEADERS = { "Prénom", "Nom", "Statut", "Étape d’inscription", "Inscrit le", "Modes",
            "Types d’aide", "Distance max (km)", "Disponibilités", "Heures par mois", "Coordonnées partagées",
            "E-mail", "Téléphone", "Adresse", "Identifiant" };
    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(';')
            .setHeader(HEADERS)
            .get();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Europe/Paris"));

    private RosterCsv() {
    }

    static byte[] write(List<RosterEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            // The byte-order mark comes first, before the header the printer writes when created.
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, FORMAT);
            for (RosterEntry entry : entries) {
                csv.printRecord(
                        cell(entry.firstName()),
                        cell(entry.lastName()),
                        FrenchLabels.of(entry.status()),
                        FrenchLabels.of(entry.onboardingStep()),
                        DATE.format(entry.registeredAt()),
                        entry.modes().stream().map(FrenchLabels::of).collect(Collectors.joining(", ")),
                        entry.kindsOfHelp().stream().map(FrenchLabels::of).collect(Collectors.joining(", ")),
                        entry.maxDistanceKm() == null ? "" : entry.maxDistanceKm(),
                        entry.availability().stream().map(FrenchLabels::of).collect(Collectors.joining(", ")),
                        entry.monthlyPledgeHours() == null ? "" : entry.monthlyPledgeHours(),
                        entry.contactShared() ? "oui" : "non",
                        cell(entry.email()),
                        entry.phone() == null ? "" : PhoneNumbers.readable(entry.phone()),
                        entry.postalAddress() == null ? "" : cell(entry.postalAddress().oneLine()),
                        entry.volunteerId());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A value typed by a person, made inert for spreadsheets (CSV injection). */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}

package fr.heurecivique.notification.roster;

import fr.heurecivique.contracts.roster.RosterDigestEntry;
import fr.heurecivique.contracts.roster.RosterDigestPublished;
import fr.heurecivique.notification.communes.CommuneNotifications;
import fr.heurecivique.notification.delivery.Attachment;
import fr.heurecivique.notification.delivery.Channel;
import fr.heurecivique.notification.delivery.Deliveries;
import fr.heurecivique.notification.delivery.Message;
import fr.heurecivique.notification.delivery.Recipient;
import fr.heurecivique.notification.directory.Contact;
import fr.heurecivique.notification.directory.ContactDirectory;
import fr.heurecivique.notification.templates.FrenchFormats;
import fr.heurecivique.notification.templates.MessageTemplates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly roster digest, mailed to the town hall with the changes as a CSV file (UTF-8 with BOM, {@code ;}, as
 * French spreadsheets open it): who joined, changed or left since the last one. Only volunteers who agreed to share
 * their contact details are named — volunteer-service leaves the others (and the erased) out of the digest.
 */
@Service
public class RosterDigestMail {

    static final String TEMPLATE = "roster-digest";
    static final String[] HEADERS = { "Changement", "Prénom", "Nom", "E-mail", "Téléphone", "Statut", "Modes",
            "Types d’aide" };
    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';')
            .setHeader(HEADERS).get();
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final Map<String, String> STATUS = Map.of("REGISTERED", "inscrit", "ACTIVE", "actif", "PAUSED",
            "en pause", "WITHDRAWN", "parti");

    private final Deliveries deliveries;
    private final MessageTemplates templates;
    private final ContactDirectory directory;

    RosterDigestMail(Deliveries deliveries, MessageTemplates templates, ContactDirectory directory) {
        this.deliveries = deliveries;
        this.templates = templates;
        this.directory = directory;
    }

    public void send(String eventId, RosterDigestPublished digest) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("communeName", digest.communeName());
        variables.put("since", digest.since() == null ? null : FrenchFormats.dateTime(digest.since()));
        variables.put("counts", digest.counts());
        variables.put("joined", names(digest.joined()));
        variables.put("left", names(digest.left()));
        Optional<Contact> townHall = directory.find(CommuneNotifications.TOWN_HALL, digest.communeInsee());
        variables.put("firstName", townHall.map(Contact::firstName).orElse(""));
        Message message = templates.email(TEMPLATE, variables).with(new Attachment(
                "benevoles-" + digest.communeInsee() + "-" + FILE_DATE.format(digest.until().atZone(FrenchFormats.PARIS))
                        + ".csv", "text/csv; charset=UTF-8", csv(digest)));
        if (townHall.isPresent()) {
            deliveries.request(eventId, new Recipient(CommuneNotifications.TOWN_HALL, digest.communeInsee(),
                    townHall.get().email()), Channel.EMAIL, message);
        } else {
            deliveries.suppress(eventId, new Recipient(CommuneNotifications.TOWN_HALL, digest.communeInsee(),
                    "mairie-" + digest.communeInsee()), Channel.EMAIL, message,
                    "Pas de contact de mairie connu : la commune n’est pas (encore) partenaire");
        }
    }

    private static List<String> names(List<RosterDigestEntry> entries) {
        return entries.stream().map(entry -> entry.firstName() + " " + entry.lastName()).toList();
    }

    static byte[] csv(RosterDigestPublished digest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            rows(printer, "Nouveau", digest.joined());
            rows(printer, "Modifié", digest.changed());
            rows(printer, "Parti", digest.left());
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void rows(CSVPrinter printer, String change, List<RosterDigestEntry> entries) throws IOException {
        for (RosterDigestEntry entry : entries) {
            printer.printRecord(change, entry.firstName(), entry.lastName(), orEmpty(entry.email()),
                    orEmpty(entry.phone()), STATUS.getOrDefault(entry.status(), entry.status()),
                    FrenchFormats.modes(entry.modes()), FrenchFormats.kinds(entry.kindsOfHelp()));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

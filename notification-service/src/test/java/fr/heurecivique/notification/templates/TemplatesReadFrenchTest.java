package fr.heurecivique.notification.templates;

import fr.heurecivique.contracts.roster.RosterDigestCounts;
import fr.heurecivique.notification.delivery.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template — found on the class path, so that a new one is checked without being listed — rendered with sample
 * data made by the same helpers the services use, read against the house's French rules: one way to write times
 * ("10 h 30"), phone numbers grouped ("05 46 51 51 51"), no "heure(s)" nor "(e)" where the number or the person is
 * known, a greeting "Bonjour Nadège," or "Bonjour,", no double spaces, no space before a comma or a full stop, no
 * space inside straight quotes, nothing left unrendered.
 */
class TemplatesReadFrenchTest {

    private static final Map<String, Pattern> RULES = new java.util.LinkedHashMap<>();

    static {
        RULES.put("decimal hours (\"5.3 h\", \"1,5 heure\")", Pattern.compile("\\d+[.,]\\d+ ?(h\\b|heure)"));
        RULES.put("a decimal number that is not a distance", Pattern.compile("\\b\\d+\\.\\d+\\b"));
        RULES.put("\"heure(s)\"-like plurals", Pattern.compile("\\p{L}\\((s|x|e|es|ne|le)\\)"));
        RULES.put("a clock time (\"10:30\")", Pattern.compile("\\b\\d{1,2}:\\d{2}\\b"));
        RULES.put("a time without spaces (\"10h30\", \"10h\")", Pattern.compile("\\b\\d{1,2}h(\\d{2})?\\b"));
        RULES.put("phone digits not grouped", Pattern.compile("(\\+33\\d{9}|\\b0\\d{9}\\b)"));
        RULES.put("a space before a comma or a full stop", Pattern.compile("\\S[ \\u00A0]+[,.](\\s|$)"));
        RULES.put("a greeting without the known first name", Pattern.compile("Bonjour(?!( Nadège)?,)"));
        RULES.put("something left unrendered", Pattern.compile("null|\\[\\(|\\$\\{|\\[#|th:"));
    }

    static Stream<String> templates() throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        Path mail = Path.of(TemplatesReadFrenchTest.class.getResource("/templates/mail").toURI());
        try (Stream<Path> files = Files.list(mail)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".subject.txt"))
                    .map(name -> "mail/" + name.substring(0, name.length() - ".subject.txt".length()))
                    .forEach(names::add);
        }
        Path sms = Path.of(TemplatesReadFrenchTest.class.getResource("/templates/sms").toURI());
        try (Stream<Path> files = Files.list(sms)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt"))
                    .map(name -> "sms/" + name.substring(0, name.length() - ".txt".length())).forEach(names::add);
        }
        assertThat(names).hasSizeGreaterThan(25);
        return names.stream().sorted();
    }

    private final MessageTemplates templates = new MessageTemplates();

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void readsAsFrenchPeopleWriteIt(String template) {
        String name = template.substring(template.indexOf('/') + 1);
        List<String> texts = new ArrayList<>();
        if (template.startsWith("mail/")) {
            Message email = templates.email(name, sample());
            texts.add(email.subject());
            texts.add(email.text());
            texts.add(textOf(email.html()));
            assertThat(email.text()).as(template + ": double spaces").doesNotContainPattern("\\S  +\\S");
        } else {
            String sms = templates.sms(name, sample()).text();
            texts.add(sms);
            assertThat(sms).as(template + ": double spaces").doesNotContainPattern("  ");
            Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(sms);
            while (quoted.find()) {
                assertThat(quoted.group(1)).as(template + ": spaces inside quotes").doesNotStartWith(" ")
                        .doesNotEndWith(" ");
            }
        }
        for (String text : texts) {
            String withoutLinks = text.replaceAll("https?://\\S+", "<lien>");
            RULES.forEach((rule, pattern) -> assertThat(withoutLinks).as(template + ": " + rule + " in\n" + text)
                    .doesNotContainPattern(pattern));
        }
    }

    @org.junit.jupiter.api.Test
    void theRulesCatchWhatTheyAreFor() {
        for (String bad : List.of("sur les 2 heure(s) fixées", "d’être contacté(e)", "le 08/12 à 18h30", "à 10h",
                "à 10:30", "appelez le +33546515151", "ou le 0546515151", "vous avez donné 5.3 h", "1,5 heure",
                "Bonjour ,", "Bonjour Nadège Martin,", "Camille , bénévole", "pour null", "[(${title})]")) {
            assertThat(RULES.values()).as(bad).anyMatch(pattern -> pattern.matcher(bad).find());
        }
        assertThat(RULES.values()).noneMatch(pattern -> pattern.matcher("Bonjour Nadège, le jeudi 10 décembre à "
                + "10 h 30 (1 h 15), au 05 46 51 51 51, à 2,4 km.").find());
    }

    /** The HTML as a reader sees it: without tags, entities decoded, white space collapsed. */
    private static String textOf(String html) {
        String body = html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", "\u00A0").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replaceAll("[ \\t\\r\\n]+", " ");
        // Tags removed leave a space before the punctuation that followed them ("<strong>x</strong>,").
        return body.replaceAll(" ([,.)])", "$1").replaceAll("\\( ", "(");
    }

    /** Sample data, made by the helpers the services use. */
    private static Map<String, Object> sample() {
        Instant at = ZonedDateTime.of(2026, 12, 10, 10, 30, 0, 0, FrenchFormats.PARIS).toInstant();
        Map<String, Object> v = new HashMap<>();
        v.put("firstName", "Nadège");
        v.put("volunteerFirstName", "Camille");
        v.put("title", "Courses du jeudi");
        v.put("kind", FrenchFormats.kind("SHOPPING"));
        v.put("when", "jeudi 10 décembre 2026, de 10 h 30 à 11 h 30");
        v.put("place", "Au domicile de la personne aidée, à Rochefort");
        v.put("communeName", "Rochefort");
        v.put("associationName", "Les Restos du Cœur");
        v.put("duration", FrenchFormats.duration(90));
        v.put("reason", "trop loin");
        v.put("distanceKm", "2,4");
        v.put("expiresAt", FrenchFormats.dateTime(at));
        v.put("acceptUrl", "https://heure-civique.example/api/matches/answer?token=a.b.c");
        v.put("declineUrl", "https://heure-civique.example/api/matches/answer?token=d.e.f");
        v.put("acceptShortUrl", "https://heure-civique.example/l/Ab3dE9xK7Qp");
        v.put("declineShortUrl", "https://heure-civique.example/l/Zq81LmNo0Rt");
        v.put("preferencesUrl", "https://heure-civique.example/api/volunteers/preferences?token=p");
        v.put("actualDuration", FrenchFormats.duration(75));
        v.put("monthMinutes", 135);
        v.put("monthDuration", FrenchFormats.duration(135));
        v.put("pledgeHours", 2);
        v.put("pledge", FrenchFormats.hours(2));
        v.put("pledgeReached", true);
        v.put("monthName", "décembre");
        v.put("kitUrl", "https://heure-civique.example/kit-communication");
        v.put("inseeCode", "17299");
        v.put("contactName", "Nadège Martin");
        v.put("contactRole", "secrétaire de mairie");
        v.put("contactEmail", "mairie@rochefort.example.fr");
        v.put("contactPhone", FrenchFormats.phone("+33546515151"));
        v.put("message", "Nous aimerions rejoindre le dispositif.");
        v.put("role", "adjointe aux solidarités");
        v.put("since", FrenchFormats.dateTime(at.minusSeconds(30L * 24 * 3600)));
        v.put("counts", new RosterDigestCounts(1, 2, 0, 12, 9));
        v.put("joined", List.of("Camille Durand"));
        v.put("left", List.of());
        v.put("startsAt", FrenchFormats.dateTime(at));
        v.put("startsAtShort", FrenchFormats.shortDateTime(at));
        v.put("durationMinutes", 45);
        v.put("sessionDuration", FrenchFormats.duration(45));
        v.put("videoLink", "https://visio.example/heure-civique");
        v.put("modes", FrenchFormats.modes(List.of("INDIVIDUAL")));
        v.put("kinds", FrenchFormats.kinds(List.of("SHOPPING", "VISITS")));
        v.put("availability", List.of(FrenchFormats.slot("MONDAY", "MORNING"), FrenchFormats.slot("THURSDAY",
                "AFTERNOON")));
        v.put("volunteerEmail", "camille.durand@exemple.fr");
        v.put("volunteerPhone", FrenchFormats.phone("+33612345678"));
        v.put("referentFirstName", "Sophie");
        v.put("referentEmail", "sophie.referente@rochefort.example.fr");
        v.put("referentPhone", FrenchFormats.phone("+33546515151"));
        v.put("interviewAt", FrenchFormats.dateTime(at));
        v.put("interviewAtShort", FrenchFormats.shortDateTime(at));
        v.put("phone", FrenchFormats.phone("+33612345678"));
        v.put("linkUrl", "https://connexion.heure-civique.example/account/password?token=s");
        v.put("missionDay", "jeudi 10 décembre");
        v.put("startTime", FrenchFormats.time(java.time.LocalTime.of(10, 30)));
        return v;
    }
}

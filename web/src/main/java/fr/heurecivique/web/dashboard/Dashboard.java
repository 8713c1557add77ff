package fr.heurecivique.web.dashboard;

import tools.jackson.databind.JsonNode;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's content, built from the API's answers ({@link DashboardApi}): the public part for everyone, the
 * detailed part only for staff (coordinators and the Département's administrators) — it is not even computed for
 * anyone else, so nothing of it can reach the public page.
 */
final class Dashboard {

    static final Map<String, String> VOLUNTEER_STATUSES = labels("REGISTERED", "En cours d’accueil", "ACTIVE",
            "Actifs", "PAUSED", "En pause", "WITHDRAWN", "Retirés");
    /** Short labels: they must fit the chart's label column (the table repeats them). */
    static final Map<String, String> FUNNEL = labels("SIGNED_UP", "Inscrits", "SESSION_ATTENDED", "Visio suivie",
            "INTERVIEWED", "Entretien passé", "ACTIVE", "Actifs aujourd’hui");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    /** The figures at the top. */
    record Key(String volunteers, String hoursThisYear, String hoursThisMonth, String partnerCommunes, int year) {
    }

    /** The public part. */
    record Public(Key key, Charts.BarChart communes, List<CommuneRow> communeTable, CommuneMap map) {
    }

    /** A commune's hours, for the table and the CSV (every commune with hours this year). */
    record CommuneRow(String code, String name, long minutesThisMonth, long minutesThisYear) {

        public String hoursThisMonth() {
            return Charts.hours(minutesThisMonth);
        }

        public String hoursThisYear() {
            return Charts.hours(minutesThisYear);
        }
    }

    /** The detailed part, for staff. */
    record Detailed(Charts.BarChart months, Charts.BarChart partners, Charts.BarChart statuses,
            Charts.BarChart funnel, Monthly monthly) {
    }

    /** The hours month by month: the département, each commune and each partner (the CSV holds them all). */
    record Monthly(List<String> months, List<String> monthLabels, List<Series> series) {
    }

    record Series(String kind, String code, String name, List<Integer> minutes, long total) {
    }

    static Public publicPart(JsonNode stats, JsonNode map, JsonNode communeFigures) {
        int year = stats.path("year").asInt();
        Key key = new Key(Charts.count(stats.path("volunteers").asLong()),
                Charts.hours(stats.path("departement").path("minutesThisYear").asLong()),
                Charts.hours(stats.path("departement").path("minutesThisMonth").asLong()),
                Charts.count(communeFigures.path("partnerCommunes").asLong()), year);
        List<CommuneRow> rows = new ArrayList<>();
        Map<String, Long> minutes = new HashMap<>();
        for (JsonNode commune : stats.path("communes")) {
            CommuneRow row = new CommuneRow(commune.path("code").asString(""), commune.path("name").asString(""),
                    commune.path("minutesThisMonth").asLong(), commune.path("minutesThisYear").asLong());
            rows.add(row);
            minutes.put(row.code(), row.minutesThisYear());
        }
        rows.sort(Comparator.comparingLong(CommuneRow::minutesThisYear).reversed().thenComparing(CommuneRow::name));
        List<Charts.Item> top = rows.stream().limit(15)
                .map(row -> new Charts.Item(row.name(), row.minutesThisYear(), row.hoursThisYear())).toList();
        Charts.BarChart communes = Charts.bars("heures-communes", "Heures données par commune en " + year,
                "Les " + top.size() + " communes où le plus d’heures ont été données cette année, en heures ; "
                        + "le tableau qui suit donne toutes les communes.", "communes", "Commune", "Heures", top);
        List<CommuneMap.Commune> places = new ArrayList<>();
        for (JsonNode commune : map.path("communes")) {
            places.add(new CommuneMap.Commune(commune.path("inseeCode").asString(), commune.path("name").asString(),
                    commune.path("latitude").asDouble(), commune.path("longitude").asDouble(),
                    commune.path("partnershipStatus").asString("NONE")));
        }
        return new Public(key, communes, List.copyOf(rows), CommuneMap.of(places, minutes));
    }

    static Detailed detailedPart(JsonNode stats, JsonNode monthly, JsonNode volunteers) {
        List<String> months = new ArrayList<>();
        monthly.path("months").forEach(month -> months.add(month.asString()));
        List<String> monthLabels = months.stream().map(Dashboard::monthLabel).toList();
        List<Charts.Item> perMonth = new ArrayList<>();
        JsonNode departement = monthly.path("departement").path("minutes");
        for (int i = 0; i < months.size(); i++) {
            long minutes = departement.path(i).asLong();
            perMonth.add(new Charts.Item(monthLabels.get(i), minutes, Charts.hours(minutes)));
        }
        Charts.BarChart monthsChart = Charts.bars("heures-mois", "Heures données par mois",
                "Les heures données chaque mois dans le département, sur les " + months.size() + " derniers mois.",
                "mois", "Mois", "Heures", perMonth);
        List<Charts.Item> partners = new ArrayList<>();
        for (JsonNode partner : stats.path("partners")) {
            long minutes = partner.path("minutesThisYear").asLong();
            partners.add(new Charts.Item(partner.path("name").asString(partner.path("code").asString()), minutes,
                    Charts.hours(minutes)));
        }
        partners.sort(Comparator.comparingDouble(Charts.Item::value).reversed());
        Charts.BarChart partnersChart = Charts.bars("heures-partenaires",
                "Heures données par organisation partenaire en " + stats.path("year").asInt(),
                "Les heures données cette année par les bénévoles venus par chaque organisation partenaire.",
                "partenaires", "Organisation", "Heures", partners);
        Charts.BarChart statuses = Charts.bars("benevoles-statuts", "Bénévoles par statut",
                "Le nombre de bénévoles inscrits, selon leur statut aujourd’hui.", "statuts", "Statut", "Bénévoles",
                counts(volunteers.path("byStatus"), VOLUNTEER_STATUSES));
        Charts.BarChart funnel = Charts.bars("parcours", "Le parcours d’engagement",
                "Combien de bénévoles inscrits ont atteint chaque étape : inscription, visio de présentation, "
                        + "entretien, puis bénévoles actifs.", "parcours", "Étape", "Bénévoles",
                counts(volunteers.path("funnel"), FUNNEL));
        List<Series> series = new ArrayList<>();
        series.add(series("Département", monthly.path("departement")));
        monthly.path("communes").forEach(commune -> series.add(series("Commune", commune)));
        monthly.path("partners").forEach(partner -> series.add(series("Partenaire", partner)));
        return new Detailed(monthsChart, partnersChart, statuses, funnel,
                new Monthly(List.copyOf(months), monthLabels, List.copyOf(series)));
    }

    private static Series series(String kind, JsonNode node) {
        List<Integer> minutes = new ArrayList<>();
        node.path("minutes").forEach(value -> minutes.add(value.asInt()));
        return new Series(kind, node.path("code").asString(""), node.path("name").asString(""), List.copyOf(minutes),
                node.path("total").asLong());
    }

    private static List<Charts.Item> counts(JsonNode counts, Map<String, String> labels) {
        List<Charts.Item> items = new ArrayList<>();
        labels.forEach((code, label) -> {
            long value = counts.path(code).asLong();
            items.add(new Charts.Item(label, value, Charts.count(value)));
        });
        return items;
    }

    static String monthLabel(String month) {
        String label = YearMonth.parse(month).format(MONTH);
        return label.substring(0, 1).toUpperCase(Locale.FRANCE) + label.substring(1);
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }

    private Dashboard() {
    }
}

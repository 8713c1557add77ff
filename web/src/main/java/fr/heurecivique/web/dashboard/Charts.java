package fr.heurecivique.web.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's charts as geometry for the templates to draw in SVG on the server (dashboard/charts.html): no chart
 * library, nothing fetched by the browser. Each chart has its data table beside it (the accessible alternative) and
 * its CSV download.
 */
final class Charts {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int BAR_HEIGHT = 22;
    static final int ROW_HEIGHT = 32;
    static final int BAR_MAX = 300;

    private Charts() {
    }

    /** One row of a chart and of its table: a label, the value and how it reads ("12,5 h", "42"). */
    record Item(String label, double value, String display) {
    }

    /** A bar drawn: where, how wide, and its text. */
    record Bar(String label, String display, int y, int width, int textY, int valueX) {
    }

    /**
     * A horizontal bar chart.
     *
     * @param id       the chart's id in the page (its title's and description's ids derive from it)
     * @param csv      the name of its CSV download ({@code /tableau-de-bord/<csv>.csv})
     * @param unit     the column title of the values in the table ("Heures", "Bénévoles")
     */
    record BarChart(String id, String title, String description, String csv, String labelHeader, String unit,
            List<Item> items, List<Bar> bars, int height) {

        public boolean empty() {
            return items.isEmpty();
        }
    }

    static BarChart bars(String id, String title, String description, String csv, String labelHeader, String unit,
            List<Item> items) {
        double max = items.stream().mapToDouble(Item::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int width = max <= 0 ? 0 : (int) Math.round(item.value() / max * BAR_MAX);
            int y = i * ROW_HEIGHT + 5;
            bars.add(new Bar(item.label(), item.display(), y, Math.max(width, item.value() > 0 ? 2 : 0),
                    y + BAR_HEIGHT / 2 + 5, LABEL_WIDTH + Math.max(width, 0) + 8));
        }
        return new BarChart(id, title, description, csv, labelHeader, unit, List.copyOf(items), List.copyOf(bars),
                Math.max(ROW_HEIGHT, items.size() * ROW_HEIGHT + 10));
    }

    /** "12,5 h" from minutes; "0 h" for none. */
    static String hours(long minutes) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        return format.format(minutes / 60.0) + " h";
    }

    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(value);
    }
}

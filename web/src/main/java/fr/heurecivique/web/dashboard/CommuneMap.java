package fr.heurecivique.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The map of the département's communes, projected from their centres' coordinates (equirectangular, the longitude
 * scaled by the cosine of the middle latitude: faithful enough over 150 km) into an SVG drawn on the server. A
 * commune's partnership status is told by the shape and not by colour alone — a filled disc for a partner (the larger
 * the more hours given this year), a square for a commune that asked or was contacted, a ring for a suspended one,
 * a small dot otherwise — and every mark has its title; the table lists the same figures.
 *
 * @param places the communes, partners last (drawn on top)
 */
record CommuneMap(int width, int height, List<Place> places, int partners, int inProgress, int suspended) {

    static final int WIDTH = 640;
    private static final int PADDING = 14;

    /** A commune on the map. {@code shape}: {@code partner}, {@code asked}, {@code suspended} or {@code none}. */
    record Place(String inseeCode, String name, String status, String statusLabel, long minutesThisYear, double x,
            double y, double r, String shape, String hours) {

        public boolean marked() {
            return !"none".equals(shape) || minutesThisYear > 0;
        }

        /** The square's corner, for the {@code asked} shape. */
        public double left() {
            return x - r;
        }

        public double top() {
            return y - r;
        }

        public double side() {
            return 2 * r;
        }

        public String title() {
            return name + " : " + statusLabel + (minutesThisYear > 0 ? ", " + hours + " cette année" : "");
        }
    }

    /** One commune of {@code GET /api/communes/map}. */
    record Commune(String inseeCode, String name, double latitude, double longitude, String partnershipStatus) {
    }

    static final Map<String, String> STATUS_LABELS = Map.of("NONE", "non partenaire", "REQUESTED", "demande reçue",
            "CONTACTED", "contactée", "PARTNER", "partenaire", "SUSPENDED", "partenariat suspendu");

    static String statusLabel(String status) {
        return STATUS_LABELS.getOrDefault(status, status);
    }

    static CommuneMap of(List<Commune> communes, Map<String, Long> minutesThisYear) {
        double minLat = communes.stream().mapToDouble(Commune::latitude).min().orElse(45);
        double maxLat = communes.stream().mapToDouble(Commune::latitude).max().orElse(46.5);
        double minLon = communes.stream().mapToDouble(Commune::longitude).min().orElse(-1.6);
        double maxLon = communes.stream().mapToDouble(Commune::longitude).max().orElse(0);
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * cos, 1e-6);
        double spanY = Math.max(maxLat - minLat, 1e-6);
        double scale = (WIDTH - 2 * PADDING) / spanX;
        int height = (int) Math.ceil(spanY * scale) + 2 * PADDING;
        long maxMinutes = minutesThisYear.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Place> drawn = new ArrayList<>();
        List<Place> onTop = new ArrayList<>();
        int partners = 0;
        int inProgress = 0;
        int suspended = 0;
        for (Commune commune : communes) {
            double x = round(PADDING + (commune.longitude() - minLon) * cos * scale);
            double y = round(PADDING + (maxLat - commune.latitude()) * scale);
            long minutes = minutesThisYear.getOrDefault(commune.inseeCode(), 0L);
            String status = commune.partnershipStatus() == null ? "NONE" : commune.partnershipStatus();
            String shape = switch (status) {
                case "PARTNER" -> "partner";
                case "REQUESTED", "CONTACTED" -> "asked";
                case "SUSPENDED" -> "suspended";
                default -> "none";
            };
            double r = switch (shape) {
                case "partner" -> 4 + (maxMinutes <= 0 ? 0 : 6 * Math.sqrt((double) minutes / maxMinutes));
                case "asked", "suspended" -> 4;
                default -> 1.6;
            };
            Place place = new Place(commune.inseeCode(), commune.name(), status, statusLabel(status), minutes, x, y,
                    round(r), shape, Charts.hours(minutes));
            switch (shape) {
                case "partner" -> partners++;
                case "asked" -> inProgress++;
                case "suspended" -> suspended++;
                default -> { }
            }
            (place.marked() ? onTop : drawn).add(place);
        }
        drawn.addAll(onTop);
        return new CommuneMap(WIDTH, height, List.copyOf(drawn), partners, inProgress, suspended);
    }

    /** The communes with a partnership status or hours: the ones the table beside the map lists. */
    public List<Place> marked() {
        return places.stream().filter(Place::marked)
                .sorted(java.util.Comparator.comparing(Place::name, java.text.Collator.getInstance(java.util.Locale.FRANCE)))
                .toList();
    }

    public int others() {
        return places.size() - marked().size();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

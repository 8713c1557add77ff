package fr.heurecivique.matching.domain.index;

import fr.heurecivique.matching.domain.catalogue.Catalogue;
import fr.heurecivique.matching.domain.geo.GreatCircle;
import fr.heurecivique.matching.domain.ranking.NeedTime;
import fr.heurecivique.matching.domain.volunteers.Volunteer;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The volunteer read model, in memory: every known volunteer by id, and the suggestible ones (active, with a
 * perimeter and a location) in a spatial index that finds the candidates for a need without scanning everyone.
 *
 * <p>The index is a set of grids, one per <em>distance class</em> (volunteers whose maximum distance is at most 2, 5,
 * 10, 15, 20, 30, 50, 75 or 100 km): a volunteer sits in the one cell of their class's grid that holds their commune
 * centre. Every volunteer who could reach a need lies within their class's radius of it, so a query reads, in each
 * class, only the cells that meet the disc of that radius around the need (cells are half the radius wide: about 25
 * cells a class). Within a cell, volunteers are kept apart by mode and kind of help (a volunteer appears once for each
 * mode × kind they accept), and their coordinates, availability and radius are kept in plain arrays, so that reading a
 * cell skips everyone of another kind or mode at once and tests the rest with a few arithmetic operations. Those tests
 * only prune (the distance bound is generous); the decision is the caller's, with exact great-circle distances.
 * Volunteers with a maximum distance above 100 km (none today: the perimeter caps it there) sit in one list that every
 * query reads.
 *
 * <p>Readers (queries) share a read lock; changes (a volunteer event) take the write lock briefly. Memory: about 300
 * bytes a volunteer plus 20 bytes for each mode × kind they accept — a million volunteers fit in well under 1 GiB.
 * Longitudes are not wrapped at ±180°: fine for metropolitan France and each overseas département on its own.
 */
public final class VolunteerIndex {

    /** The upper bounds of the distance classes, in km. */
    static final double[] CLASS_RADIUS_KM = { 2, 5, 10, 15, 20, 30, 50, 75, 100 };
    private static final int LISTS = Catalogue.MODES.size() * Catalogue.KINDS.size();
    /** The latitude the grids' cells are square at (metropolitan France's middle); elsewhere they are only taller. */
    private static final double REFERENCE_LATITUDE = 46.5;

    private final Map<String, Volunteer> byId = new HashMap<>();
    /** Erased volunteers: a late or replayed state of theirs must not bring them back. */
    private final Set<String> erased = ConcurrentHashMap.newKeySet();
    private final Grid[] grids = new Grid[CLASS_RADIUS_KM.length];
    private final Cell wide = new Cell();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private int suggestible;

    public VolunteerIndex() {
        for (int c = 0; c < grids.length; c++) {
            grids[c] = new Grid(CLASS_RADIUS_KM[c]);
        }
    }

    /**
     * Stores the volunteer unless a state at least as new is held, or they were erased.
     *
     * @return whether it changed anything
     */
    public boolean upsert(Volunteer volunteer) {
        lock.writeLock().lock();
        try {
            if (erased.contains(volunteer.id())) {
                return false;
            }
            Volunteer held = byId.get(volunteer.id());
            if (held != null && held.version() >= volunteer.version()) {
                return false;
            }
            if (held != null) {
                unindex(held);
            }
            byId.put(volunteer.id(), volunteer);
            index(volunteer);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets an erased volunteer, for good. */
    public void erase(String id) {
        lock.writeLock().lock();
        try {
            erased.add(id);
            Volunteer held = byId.remove(id);
            if (held != null) {
                unindex(held);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean isErased(String id) {
        return erased.contains(id);
    }

    public Volunteer get(String id) {
        lock.readLock().lock();
        try {
            return byId.get(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many volunteers are known, and how many of them can be suggested. */
    public int[] counts() {
        lock.readLock().lock();
        try {
            return new int[] { byId.size(), suggestible };
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Visits every known volunteer, under the read lock. */
    public void forEach(Consumer<Volunteer> visitor) {
        lock.readLock().lock();
        try {
            for (Volunteer volunteer : byId.values()) {
                visitor.accept(volunteer);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Visits, under the read lock, the suggestible volunteers who accept {@code kind} in {@code mode}, whose
     * availability fits {@code time}, and who may be within their own maximum distance of the point — a superset of
     * those who are: the caller decides with exact distances. Visits nobody for an unknown kind or mode.
     */
    public void candidates(String kind, String mode, double latitude, double longitude, NeedTime time,
            Consumer<Volunteer> visitor) {
        int kindIndex = Catalogue.kindIndex(kind);
        int modeIndex = Catalogue.modeIndex(mode);
        if (kindIndex < 0 || modeIndex < 0) {
            return;
        }
        int list = modeIndex * Catalogue.KINDS.size() + kindIndex;
        lock.readLock().lock();
        try {
            for (Grid grid : grids) {
                grid.scan(list, latitude, longitude, time, visitor);
            }
            Entries entries = wide.lists[list];
            if (entries != null) {
                entries.scan(latitude, longitude, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(latitude) + 1))),
                        time, visitor);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    private void index(Volunteer volunteer) {
        if (!volunteer.suggestible()) {
            return;
        }
        suggestible++;
        cellOf(volunteer, true).add(volunteer);
    }

    private void unindex(Volunteer volunteer) {
        if (!volunteer.suggestible()) {
            return;
        }
        suggestible--;
        Cell cell = cellOf(volunteer, false);
        if (cell != null) {
            cell.remove(volunteer);
        }
    }

    private Cell cellOf(Volunteer volunteer, boolean create) {
        for (Grid grid : grids) {
            if (volunteer.maxDistanceKm() <= grid.radiusKm) {
                return grid.cell(volunteer.latitude(), volunteer.longitude(), create);
            }
        }
        return wide;
    }

    /** The grid of one distance class. */
    private static final class Grid {

        final double radiusKm;
        final double latitudeStep;
        final double longitudeStep;
        final Map<Long, Cell> cells = new HashMap<>();

        Grid(double radiusKm) {
            this.radiusKm = radiusKm;
            this.latitudeStep = radiusKm / 2 / GreatCircle.KM_PER_DEGREE;
            this.longitudeStep = latitudeStep / Math.cos(Math.toRadians(REFERENCE_LATITUDE));
        }

        Cell cell(double latitude, double longitude, boolean create) {
            long key = key(row(latitude), column(longitude));
            return create ? cells.computeIfAbsent(key, k -> new Cell()) : cells.get(key);
        }

        void scan(int list, double latitude, double longitude, NeedTime time, Consumer<Volunteer> visitor) {
            if (cells.isEmpty()) {
                return;
            }
            double latitudeSpan = radiusKm / GreatCircle.KM_PER_DEGREE;
            double farthestLatitude = Math.min(89.0, Math.abs(latitude) + latitudeSpan);
            double cosine = Math.cos(Math.toRadians(farthestLatitude));
            double longitudeSpan = latitudeSpan / cosine;
            int firstRow = row(latitude - latitudeSpan);
            int lastRow = row(latitude + latitudeSpan);
            int firstColumn = column(longitude - longitudeSpan);
            int lastColumn = column(longitude + longitudeSpan);
            for (int row = firstRow; row <= lastRow; row++) {
                for (int column = firstColumn; column <= lastColumn; column++) {
                    Cell cell = cells.get(key(row, column));
                    if (cell != null && cell.lists[list] != null) {
                        cell.lists[list].scan(latitude, longitude, cosine, time, visitor);
                    }
                }
            }
        }

        int row(double latitude) {
            return (int) Math.floor(latitude / latitudeStep);
        }

        int column(double longitude) {
            return (int) Math.floor(longitude / longitudeStep);
        }

        static long key(int row, int column) {
            return ((long) row << 32) | (column & 0xffffffffL);
        }
    }

    /** The volunteers of one cell, kept apart by mode × kind. */
    private static final class Cell {

        final Entries[] lists = new Entries[LISTS];

        void add(Volunteer volunteer) {
            forEachList(volunteer, list -> {
                if (lists[list] == null) {
                    lists[list] = new Entries();
                }
                lists[list].add(volunteer);
            });
        }

        void remove(Volunteer volunteer) {
            forEachList(volunteer, list -> {
                if (lists[list] != null) {
                    lists[list].remove(volunteer);
                }
            });
        }

        private static void forEachList(Volunteer volunteer, java.util.function.IntConsumer action) {
            int kinds = Catalogue.KINDS.size();
            for (int mode = 0; mode < Catalogue.MODES.size(); mode++) {
                if ((volunteer.modes() & (1 << mode)) == 0) {
                    continue;
                }
                for (int kind = 0; kind < kinds; kind++) {
                    if ((volunteer.kinds() & (1 << kind)) != 0) {
                        action.accept(mode * kinds + kind);
                    }
                }
            }
        }
    }

    /** Volunteers with what pruning reads in parallel arrays (no pointer chasing until one may fit). */
    private static final class Entries {

        Volunteer[] volunteers = new Volunteer[4];
        float[] latitudes = new float[4];
        float[] longitudes = new float[4];
        int[] slots = new int[4];
        float[] radii = new float[4];
        int size;

        void add(Volunteer volunteer) {
            if (size == volunteers.length) {
                int capacity = size * 2;
                volunteers = Arrays.copyOf(volunteers, capacity);
                latitudes = Arrays.copyOf(latitudes, capacity);
                longitudes = Arrays.copyOf(longitudes, capacity);
                slots = Arrays.copyOf(slots, capacity);
                radii = Arrays.copyOf(radii, capacity);
            }
            volunteers[size] = volunteer;
            latitudes[size] = (float) volunteer.latitude();
            longitudes[size] = (float) volunteer.longitude();
            slots[size] = volunteer.slots();
            // Generous: pruning must never drop someone the exact distance would keep.
            radii[size] = (float) (volunteer.maxDistanceKm() * 1.02 + 0.5);
            size++;
        }

        void remove(Volunteer volunteer) {
            for (int i = 0; i < size; i++) {
                if (volunteers[i] == volunteer) {
                    int last = --size;
                    volunteers[i] = volunteers[last];
                    latitudes[i] = latitudes[last];
                    longitudes[i] = longitudes[last];
                    slots[i] = slots[last];
                    radii[i] = radii[last];
                    volunteers[last] = null;
                    return;
                }
            }
        }

        /**
         * @param cosine the cosine of the farthest latitude the query reaches: east-west distances are then
         *               underestimated, never overestimated, so pruning stays on the safe side
         */
        void scan(double latitude, double longitude, double cosine, NeedTime time, Consumer<Volunteer> visitor) {
            float queryLatitude = (float) latitude;
            float queryLongitude = (float) longitude;
            float kmPerDegree = (float) GreatCircle.KM_PER_DEGREE;
            float eastWest = (float) (GreatCircle.KM_PER_DEGREE * cosine);
            for (int i = 0; i < size; i++) {
                float dy = (latitudes[i] - queryLatitude) * kmPerDegree;
                float dx = (longitudes[i] - queryLongitude) * eastWest;
                float radius = radii[i];
                if (dx * dx + dy * dy <= radius * radius && time.fits(slots[i])) {
                    visitor.accept(volunteers[i]);
                }
            }
        }
    }

    /** Every known volunteer (a copy), for tests. */
    Collection<Volunteer> all() {
        lock.readLock().lock();
        try {
            return java.util.List.copyOf(byId.values());
        } finally {
            lock.readLock().unlock();
        }
    }
}

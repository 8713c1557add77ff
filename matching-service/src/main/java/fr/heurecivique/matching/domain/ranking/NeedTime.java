package fr.heurecivique.matching.domain.ranking;

import fr.heurecivique.contracts.need.NeedSchedule;
import fr.heurecivique.matching.domain.catalogue.Catalogue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * When a need wants its help, as the availability rule needs it: the days of the week it falls on (the date's day
 * for a one-off need, the recurrence's days for a weekly one) and its time window. A volunteer's weekly slots fit
 * when, on one of those days, their periods (morning 8–12 h, afternoon 12–18 h, evening 18–22 h; adjacent periods
 * join) overlap the window for at least the need's duration — or the whole window when it is shorter.
 *
 * <p>Precomputed once per need as a 56-bit table (7 days × the 8 combinations of a day's 3 periods), so that the
 * rule costs one bit test per day for each candidate.
 */
public final class NeedTime {

    /** A need without a schedule (recorded before schedules existed): availability is not checked. */
    public static final NeedTime UNSPECIFIED = new NeedTime(-1L, 0x7f, false);

    private final long fitTable;
    private final int days;
    private final boolean specified;

    private NeedTime(long fitTable, int days, boolean specified) {
        this.fitTable = fitTable;
        this.days = days;
        this.specified = specified;
    }

    public static NeedTime of(NeedSchedule schedule, Integer durationMinutes) {
        if (schedule == null || schedule.startTime() == null || schedule.endTime() == null) {
            return UNSPECIFIED;
        }
        int days = 0;
        if ("ONCE".equals(schedule.type()) && schedule.date() != null) {
            days = 1 << schedule.date().getDayOfWeek().ordinal();
        } else if ("WEEKLY".equals(schedule.type()) && schedule.daysOfWeek() != null) {
            for (String code : schedule.daysOfWeek()) {
                DayOfWeek day = Catalogue.dayOf(code);
                if (day != null) {
                    days |= 1 << day.ordinal();
                }
            }
        } else {
            return UNSPECIFIED;
        }
        return of(days, schedule.startTime(), schedule.endTime(), durationMinutes);
    }

    /**
     * @param days            the days of the week it falls on, bit 0 = Monday
     * @param durationMinutes the help's duration, or {@code null} when unknown (any overlap then fits)
     */
    public static NeedTime of(int days, LocalTime start, LocalTime end, Integer durationMinutes) {
        int from = start.getHour() * 60 + start.getMinute();
        int to = end.getHour() * 60 + end.getMinute();
        int window = Math.max(0, to - from);
        int required = Math.max(1, durationMinutes == null ? 1 : Math.min(durationMinutes, window));
        long table = 0;
        for (int day = 0; day < 7; day++) {
            if ((days & (1 << day)) == 0) {
                continue;
            }
            for (int periods = 1; periods < 8; periods++) {
                if (longestOverlap(periods, from, to) >= required) {
                    table |= 1L << (day * 8 + periods);
                }
            }
        }
        return new NeedTime(table, days, true);
    }

    /** The longest stretch, in minutes, of the union of {@code periods} (3 bits) within [from, to). */
    static int longestOverlap(int periods, int from, int to) {
        int longest = 0;
        int runStart = -1;
        int runEnd = -1;
        for (int period = 0; period <= 3; period++) {
            boolean set = period < 3 && (periods & (1 << period)) != 0;
            if (set && runStart >= 0 && Catalogue.PERIOD_MINUTES[period][0] == runEnd) {
                runEnd = Catalogue.PERIOD_MINUTES[period][1];
                continue;
            }
            if (runStart >= 0) {
                longest = Math.max(longest, Math.min(runEnd, to) - Math.max(runStart, from));
                runStart = -1;
            }
            if (set) {
                runStart = Catalogue.PERIOD_MINUTES[period][0];
                runEnd = Catalogue.PERIOD_MINUTES[period][1];
            }
        }
        return Math.max(0, longest);
    }

    /** Whether a volunteer available in the weekly {@code slots} (bits day × 3 + period) can do it. */
    public boolean fits(int slots) {
        if (!specified) {
            return true;
        }
        int remaining = days;
        while (remaining != 0) {
            int day = Integer.numberOfTrailingZeros(remaining);
            remaining &= remaining - 1;
            int periods = (slots >>> (day * 3)) & 7;
            if ((fitTable & (1L << (day * 8 + periods))) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The volunteer's slots on the need's days that make it fit, for the reason shown (empty when unspecified). */
    public int fittingSlots(int slots) {
        if (!specified) {
            return 0;
        }
        int fitting = 0;
        for (int day = 0; day < 7; day++) {
            int periods = (slots >>> (day * 3)) & 7;
            if ((days & (1 << day)) != 0 && (fitTable & (1L << (day * 8 + periods))) != 0) {
                fitting |= periods << (day * 3);
            }
        }
        return fitting;
    }

    public boolean specified() {
        return specified;
    }

    /** The days of the week the need falls on, bit 0 = Monday. */
    public int days() {
        return days;
    }

    /** The days as codes, for tests and logs. */
    public List<String> dayCodes() {
        return java.util.Arrays.stream(DayOfWeek.values()).filter(day -> (days & (1 << day.ordinal())) != 0)
                .map(DayOfWeek::name).toList();
    }
}

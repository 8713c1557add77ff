package fr.heurecivique.matching.hours;

import java.util.List;

/**
 * Public figures of the hours given (no personal data): for the département, per commune (of the need), per kind of
 * help and per partner organisation (the volunteer's), this month and this year; and how many volunteers matching
 * knows and can suggest.
 */
record HoursFigures(String month, int year, int volunteers, int activeVolunteers, Tally departement,
        List<Tally> communes, List<Tally> kindsOfHelp, List<Tally> partners) {

    /** Minutes and completed matches for one code (an INSEE code, a kind of help, a partner code). */
    static final class Tally {

        private final String code;
        private final String name;
        private int minutesThisMonth;
        private int minutesThisYear;
        private int matchesThisYear;

        Tally(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(int minutes, boolean thisMonth) {
            minutesThisYear += minutes;
            matchesThisYear++;
            if (thisMonth) {
                minutesThisMonth += minutes;
            }
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public int getMinutesThisMonth() {
            return minutesThisMonth;
        }

        public int getMinutesThisYear() {
            return minutesThisYear;
        }

        public double getHoursThisMonth() {
            return Math.round(minutesThisMonth / 6.0) / 10.0;
        }

        public double getHoursThisYear() {
            return Math.round(minutesThisYear / 6.0) / 10.0;
        }

        public int getMatchesThisYear() {
            return matchesThisYear;
        }
    }
}

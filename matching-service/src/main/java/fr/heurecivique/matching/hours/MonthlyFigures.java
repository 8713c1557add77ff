package fr.heurecivique.matching.hours;

import java.util.List;

/**
 * The hours given month by month over the last {@code months.size()} months (oldest first, this month last), for the
 * département, per commune of the need and per partner organisation of the volunteer: the Département's detailed
 * dashboard (staff). No personal data.
 *
 * @param months the months, {@code yyyy-MM}
 */
record MonthlyFigures(List<String> months, Series departement, List<Series> communes, List<Series> partners) {

    /**
     * One line of figures.
     *
     * @param minutes the minutes of each month, in the order of {@code months}
     * @param total   their sum
     */
    record Series(String code, String name, List<Integer> minutes, int total) {
    }
}

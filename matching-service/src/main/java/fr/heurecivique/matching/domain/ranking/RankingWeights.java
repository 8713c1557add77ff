package fr.heurecivique.matching.domain.ranking;

/**
 * How much each criterion weighs in the score (hard rules come first and are not weighed). Each criterion is a
 * number from 0 to 1; the score is their weighted sum, out of 100.
 *
 * @param proximity   nearer is better: 1 / (1 + distance / 5 km)
 * @param lightLoad   fewer hours this month is better: 1 − (minutes given or committed / minutes pledged)
 * @param waiting     a longer wait since the last solicitation is better (fair rotation): days / 60, at most 1
 * @param reliability a better completion rate is better: (completed + 1) / (completed + failed + 2)
 */
public record RankingWeights(double proximity, double lightLoad, double waiting, double reliability) {

    public static final RankingWeights DEFAULT = new RankingWeights(0.40, 0.25, 0.20, 0.15);

    public RankingWeights {
        if (proximity < 0 || lightLoad < 0 || waiting < 0 || reliability < 0
                || proximity + lightLoad + waiting + reliability <= 0) {
            throw new IllegalArgumentException("Ranking weights must be non-negative, and not all zero");
        }
    }

    double total() {
        return proximity + lightLoad + waiting + reliability;
    }
}

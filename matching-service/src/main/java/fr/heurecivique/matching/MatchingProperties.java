package fr.heurecivique.matching;

import fr.heurecivique.matching.domain.ranking.RankingWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the matching engine ({@code heure-civique.matching.*}).
 *
 * @param proposalValidity    how long a proposal waits for the volunteer's answer before it expires (72 h)
 * @param expiryCheckInterval how often each instance looks for proposals past their expiry
 * @param rebuild             replay {@code need.events} from the start at this start, bypassing the record of
 *                            applied events (the need read model's rebuild; the handlers are idempotent by version)
 * @param weights             the score's weights (hard rules are not weighed)
 * @param partners            the names of the partner organisations by code (the volunteers' {@code partnerCode}),
 *                            for the public figures; an unknown code is shown as itself
 */
@ConfigurationProperties("heure-civique.matching")
public record MatchingProperties(@DefaultValue("72h") Duration proposalValidity,
        @DefaultValue("1m") Duration expiryCheckInterval, @DefaultValue("false") boolean rebuild,
        @DefaultValue Weights weights, java.util.Map<String, String> partners) {

    public MatchingProperties {
        partners = partners == null ? java.util.Map.of() : java.util.Map.copyOf(partners);
    }

    /** A partner's name, or its code when the catalogue does not know it (never {@code null} for a code). */
    public String partnerName(String code) {
        return code == null ? null : partners.getOrDefault(code, code);
    }

    /** The score's weights, as in {@link RankingWeights}. */
    public record Weights(@DefaultValue("0.40") double proximity, @DefaultValue("0.25") double lightLoad,
            @DefaultValue("0.20") double waiting, @DefaultValue("0.15") double reliability) {

        public RankingWeights toRankingWeights() {
            return new RankingWeights(proximity, lightLoad, waiting, reliability);
        }
    }
}

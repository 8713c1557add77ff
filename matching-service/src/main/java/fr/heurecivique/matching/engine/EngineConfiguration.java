package fr.heurecivique.matching.engine;

import fr.heurecivique.matching.MatchingProperties;
import fr.heurecivique.matching.domain.activity.ActivityBook;
import fr.heurecivique.matching.domain.index.VolunteerIndex;
import fr.heurecivique.matching.domain.ranking.Ranking;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's in-memory parts, one set per instance: the volunteer index (rebuilt from {@code volunteer.events} at
 * each start) and the volunteers' activity (loaded from the stored matches, then kept by {@code match.events}).
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    VolunteerIndex volunteerIndex() {
        return new VolunteerIndex();
    }

    @Bean
    ActivityBook activityBook() {
        return new ActivityBook();
    }

    @Bean
    Ranking ranking(VolunteerIndex index, ActivityBook activity, MatchingProperties properties) {
        return new Ranking(index, activity, properties.weights().toRankingWeights());
    }
}

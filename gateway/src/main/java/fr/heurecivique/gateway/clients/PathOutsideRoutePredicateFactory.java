package fr.heurecivique.gateway.clients;

import org.springframework.cloud.gateway.handler.predicate.AbstractRoutePredicateFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code PathOutside=/api/**,/internal/**}: matches a request whose path matches none of the patterns — the web
 * client's route takes everything that is not the API or the gateway's own (Gateway's YAML has no negation).
 */
@Component
public class PathOutsideRoutePredicateFactory
        extends AbstractRoutePredicateFactory<PathOutsideRoutePredicateFactory.Config> {

    public PathOutsideRoutePredicateFactory() {
        super(Config.class);
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("patterns");
    }

    @Override
    public ShortcutType shortcutType() {
        return ShortcutType.GATHER_LIST;
    }

    @Override
    public Predicate<ServerWebExchange> apply(Config config) {
        List<PathPattern> patterns = config.getPatterns().stream().map(PathPatternParser.defaultInstance::parse)
                .toList();
        return exchange -> {
            PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
            return patterns.stream().noneMatch(pattern -> pattern.matches(path));
        };
    }

    public static class Config {

        private List<String> patterns = new ArrayList<>();

        public List<String> getPatterns() {
            return patterns;
        }

        public void setPatterns(List<String> patterns) {
            this.patterns = patterns;
        }
    }
}

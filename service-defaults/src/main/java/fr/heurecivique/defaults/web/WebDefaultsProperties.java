package fr.heurecivique.defaults.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The servlet services' web settings ({@code heure-civique.web.*}).
 *
 * @param maxRequestSize the largest request body a service accepts; a larger one is refused with {@code 413},
 *                       whether it announces its length or comes in chunks
 * @see WebDefaultsAutoConfiguration {@code heure-civique.web.problem-details=false} turns the JSON problem details off
 */
@ConfigurationProperties("heure-civique.web")
public record WebDefaultsProperties(@DefaultValue("64KB") DataSize maxRequestSize) {
}

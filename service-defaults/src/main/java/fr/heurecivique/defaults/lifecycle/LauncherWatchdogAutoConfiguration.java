package fr.heurecivique.defaults.lifecycle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** See {@link LauncherWatchdog}. */
@AutoConfiguration
@ConditionalOnProperty("heure-civique.launcher.parent-pid")
public class LauncherWatchdogAutoConfiguration {

    @Bean
    LauncherWatchdog launcherWatchdog(@Value("${heure-civique.launcher.parent-pid}") long parentPid) {
        return new LauncherWatchdog(parentPid);
    }
}

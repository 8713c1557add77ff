package fr.heurecivique.defaults.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops the service when the process that launched it ends, so that a launcher killed without a chance to clean up
 * ({@code kill -9}) leaves no orphan service behind. Active only when {@code heure-civique.launcher.parent-pid} is set,
 * as the local-stack launcher does.
 */
public final class LauncherWatchdog implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(LauncherWatchdog.class);
    private final long parentPid;

    public LauncherWatchdog(long parentPid) {
        this.parentPid = parentPid;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> shutDown(context)),
                () -> shutDown(context));
    }

    private void shutDown(ConfigurableApplicationContext context) {
        log.warn("Launcher process {} has ended; shutting down", parentPid);
        Thread exit = new Thread(() -> System.exit(SpringApplication.exit(context)), "launcher-watchdog");
        exit.start();
    }
}

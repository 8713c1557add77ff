package fr.heurecivique.localstack;

import fr.heurecivique.localstack.infra.FreePorts;

/**
 * The ports of the local stack. The defaults are the documented ones; tests take free ones so that they never
 * collide with a stack a developer is running.
 */
public record Ports(int gateway, int volunteer, int commune, int matching, int notification, int identity,
        int web, int kafka, int kafkaController, int mongo, int smtp, int mailView) {

    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 9000, 8085, 9092, 9093, 27017, 2525, 8025);
    }

    public static Ports free() {
        return new Ports(FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
                FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
                FreePorts.pick(), FreePorts.pick());
    }

    public int of(PlatformService service) {
        return switch (service) {
            case GATEWAY -> gateway;
            case VOLUNTEER -> volunteer;
            case COMMUNE -> commune;
            case MATCHING -> matching;
            case NOTIFICATION -> notification;
            case IDENTITY -> identity;
            case WEB -> web;
        };
    }
}

package fr.heurecivique.notification.delivery;

import fr.heurecivique.defaults.lifecycle.PollingWorker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    /** The dispatcher's background thread, started and stopped with the application. */
    @Bean
    PollingWorker deliveryDispatcherWorker(DeliveryDispatcher dispatcher) {
        return dispatcher.worker();
    }
}

package fr.heurecivique.gateway.clients;

import fr.heurecivique.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClientsConfiguration {

    @Bean
    ClientAddresses clientAddresses(GatewayProperties properties) {
        return new ClientAddresses(properties.trustedProxies());
    }

    @Bean
    ClientAddressToWebFilter clientAddressToWebFilter(ClientAddresses addresses) {
        return new ClientAddressToWebFilter(addresses);
    }
}

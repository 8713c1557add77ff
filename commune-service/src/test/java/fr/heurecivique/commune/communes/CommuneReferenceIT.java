package fr.heurecivique.commune.communes;

import fr.heurecivique.testsupport.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformIntegrationTest
class CommuneReferenceIT {

    @Autowired
    CommuneReferenceLoader loader;
    @Autowired
    CommuneRepository communes;
    @Autowired
    MongoTemplate mongo;
    @LocalServerPort
    int port;

    @Test
    void loadsThe462CommunesOnceAndKeepsWhatTheSchemeRecorded() {
        assertThat(communes.count()).isEqualTo(462);
        mongo.updateFirst(Query.query(Criteria.where("_id").is("17300")),
                new Update().set("partnershipStatus", "PARTNER").set("name", "outdated name"), Commune.class);

        loader.run(new DefaultApplicationArguments()); // as at the next start

        assertThat(communes.count()).isEqualTo(462);
        Commune laRochelle = communes.findById("17300").orElseThrow();
        assertThat(laRochelle.name()).isEqualTo("La Rochelle");
        assertThat(laRochelle.partnershipStatus()).isEqualTo(PartnershipStatus.PARTNER);
        mongo.updateFirst(Query.query(Criteria.where("_id").is("17300")),
                new Update().set("partnershipStatus", "NONE"), Commune.class);
    }

    @Test
    void showsACommune() {
        RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/api/communes/17004").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Île-d'Aix")
                .jsonPath("$.postalCodes[0]").isEqualTo("17123")
                .jsonPath("$.partnershipStatus").isEqualTo("NONE");
    }
}

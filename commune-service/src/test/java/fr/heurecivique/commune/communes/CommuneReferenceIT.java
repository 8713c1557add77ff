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
        // Aulnay (17024): no scenario uses it.
        mongo.updateFirst(Query.query(Criteria.where("_id").is("17024")),
                new Update().set("partnershipStatus", "PARTNER").set("name", "outdated name")
                        .set("searchKey", "outdated name"), Commune.class);

        loader.run(new DefaultApplicationArguments()); // as at the next start

        assertThat(communes.count()).isEqualTo(462);
        Commune aulnay = communes.findById("17024").orElseThrow();
        assertThat(aulnay.name()).isEqualTo("Aulnay");
        assertThat(aulnay.searchKey()).isEqualTo("aulnay");
        assertThat(aulnay.partnershipStatus()).isEqualTo(PartnershipStatus.PARTNER);
        mongo.updateFirst(Query.query(Criteria.where("_id").is("17024")),
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
                .jsonPath("$.population").isEqualTo(186)
                .jsonPath("$.latitude").isEqualTo(46.0169)
                .jsonPath("$.partnershipStatus").isEqualTo("NONE");
    }
}

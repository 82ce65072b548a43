package de.kreativland.transfer.tandem;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The demo world's tandems: two ACTIVE ones of the Fichtelgebirge concept with progress and activities, one COMPLETED of Kalbe's. */
@QuarkusTest
class DemoTandemsTest extends ApiTest {
    static final String TANDEMS = "/api/v1/tandems";
    static final String ERZGEBIRGE = "5b0c2d4e-1a01-4f6e-9c40-000000000001";
    static final String FREUDENSTADT = "5b0c2d4e-1a01-4f6e-9c40-000000000002";
    static final String GARDELEGEN = "5b0c2d4e-1a01-4f6e-9c40-000000000003";
    static final String FICHTELGEBIRGE_CONCEPT = "5b0c2d4e-1a01-4f6e-9c30-000000000002";

    @Test
    void twoActiveTandemsWithMilestonesAndActivitiesAndOneCompleted() {
        api(TestTokens.coordinator()).queryParam("status", "ACTIVE").queryParam("size", 100).when().get(TANDEMS).then().statusCode(200)
                .body("items.id", hasItems(ERZGEBIRGE, FREUDENSTADT));
        api(TestTokens.coordinator()).queryParam("status", "COMPLETED").queryParam("size", 100).when().get(TANDEMS).then().statusCode(200)
                .body("items.id", hasItem(GARDELEGEN));
        api(TestTokens.coordinator()).when().get(TANDEMS + "/{id}", ERZGEBIRGE).then().statusCode(200)
                .body("tandemOrganisation.name", equalTo("Kreativnetz Erzgebirge (Demo)"))
                .body("bestPracticeOrganisation.name", equalTo("Künstlerkolonie Fichtelgebirge e.V."))
                .body("milestones.total", equalTo(5)).body("milestones.done", equalTo(2)).body("progressPercent", equalTo(40));
        api(TestTokens.coordinator()).when().get(TANDEMS + "/{id}", FREUDENSTADT).then().statusCode(200)
                .body("progressPercent", equalTo(20)).body("suggestionRank", equalTo(3));
        api(TestTokens.coordinator()).when().get(TANDEMS + "/{id}", GARDELEGEN).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("progressPercent", equalTo(100));
        api(TestTokens.coordinator()).when().get(TANDEMS + "/{id}/activities", ERZGEBIRGE).then().statusCode(200)
                .body("totalItems", equalTo(4));
        api(TestTokens.coordinator()).when().get(TANDEMS + "/{id}/transitions", GARDELEGEN).then().statusCode(200)
                .body("items.to", org.hamcrest.Matchers.contains("PROPOSED", "AGREED", "ACTIVE", "COMPLETED"));
    }

    @Test
    void demoPartnersSeeTheirOwnTandemsOnly() {
        api(TestTokens.partnerFichtelgebirge()).when().get(TANDEMS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(ERZGEBIRGE, FREUDENSTADT));
        api(TestTokens.partnerFichtelgebirge()).when().get(TANDEMS + "/{id}", GARDELEGEN).then().statusCode(404);
        api(TestTokens.partnerKalbe()).when().get(TANDEMS).then().statusCode(200).body("items.id", containsInAnyOrder(GARDELEGEN));
        api(TestTokens.partnerKalbe()).when().get(TANDEMS + "/{id}/activities", ERZGEBIRGE).then().statusCode(404);
    }

    @Test
    void suggestionsForTheFichtelgebirgeConceptSkipItsOpenTandems() {
        api(TestTokens.coordinator()).queryParam("size", 100).when().get("/api/v1/transfer-concepts/{id}/tandem-suggestions", FICHTELGEBIRGE_CONCEPT)
                .then().statusCode(200)
                .body("items.organisation.name", hasItem("Designkollektiv Hof (Demo)"))
                .body("items.organisation.name", not(hasItem("Kreativnetz Erzgebirge (Demo)")))
                .body("items.organisation.name", not(hasItem("Kreativnetzwerk Freudenstadt (Demo)")));
    }
}

package de.kreativland.transfer.concept;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The demo world's concepts (R__40) read as a newcomer would meet them. */
@QuarkusTest
class DemoConceptsTest extends ApiTest {
    private static final String CONCEPTS = "/api/v1/transfer-concepts";
    private static final String KALBE_CONCEPT = "5b0c2d4e-1a01-4f6e-9c30-000000000001";
    private static final String ESCHWEGE_DRAFT = "5b0c2d4e-1a01-4f6e-9c30-000000000004";

    @Test
    void anonymousVisitorsSeeThePublishedDemoConceptsOnly() {
        api().queryParam("organisationId", "5b0c2d4e-1a01-4f6e-9c10-000000000001").when().get(CONCEPTS).then().statusCode(200)
                .body("items.id", contains(KALBE_CONCEPT)).body("items[0].publishedVersionNumber", equalTo(2));
        api().queryParam("q", "Leerstand Atelier").when().get(CONCEPTS).then().statusCode(200)
                .body("items.id", hasItem(KALBE_CONCEPT));
        api().when().get(CONCEPTS + "/{id}", ESCHWEGE_DRAFT).then().statusCode(404);
        api().when().get(CONCEPTS + "/{id}/versions", KALBE_CONCEPT).then().statusCode(200).body("items.number", contains(2));
    }

    @Test
    void theKalbePartnerComparesItsTwoSubmissionsAndReadsTheCoachsComments() {
        api(TestTokens.partnerKalbe()).queryParam("from", 1).queryParam("to", 2).when().get(CONCEPTS + "/{id}/diff", KALBE_CONCEPT)
                .then().statusCode(200).body("changedSections", contains("FINANCING", "TRANSFER_PLAN"));
        api(TestTokens.partnerKalbe()).when().get(CONCEPTS + "/{id}/comments", KALBE_CONCEPT).then().statusCode(200)
                .body("items", hasSize(3)).body("items.authorName", hasItem("Clara Coach (Demo)"));
        api(TestTokens.partnerFichtelgebirge()).when().get(CONCEPTS + "/{id}/comments", KALBE_CONCEPT).then().statusCode(403);
        api(TestTokens.coordinator()).queryParam("size", 100).when().get(CONCEPTS).then().statusCode(200)
                .body("items.status", hasItem("DRAFT"))
                .body("items.findAll { it.id.startsWith('5b0c2d4e-1a01-4f6e-9c30') }.status", containsInAnyOrder(
                        "PUBLISHED", "PUBLISHED", "IN_REVIEW", "DRAFT", "CHANGES_REQUESTED", "APPROVED"));
    }
}

package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.kreativland.transfer.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearningProvenanceTest extends ApiTest {

    @Test
    void demoCaseStudyNamesThePublishedConceptSectionItDrawsOnAndAnonymousCanFollowIt() {
        String conceptId = api().when().get("/api/v1/learning-modules/fallstudie-kuenstlerstadt-kalbe")
                .then().statusCode(200)
                .body("provenance.section", equalTo("STARTING_SITUATION"))
                .extract().path("provenance.conceptId");
        api().when().get("/api/v1/transfer-concepts/" + conceptId)
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("organisationName", containsString("Kalbe"));
    }
}

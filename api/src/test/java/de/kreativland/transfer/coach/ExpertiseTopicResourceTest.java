package de.kreativland.transfer.coach;

import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExpertiseTopicResourceTest extends CoachingTest {

    @Test
    void anonymousListsTheSixExpertiseTopicsInOrder() {
        api().when().get("/api/v1/expertise-topics")
                .then().statusCode(200)
                .body("key", contains("ORGANISATION_DEVELOPMENT", "FINANCING", "MARKETING", "BUILDING_LAW",
                        "OFFER_DEVELOPMENT", "DIGITAL_INFRASTRUCTURE"))
                .body("nameDe", contains("Organisationsentwicklung", "Finanzierung", "Marketing", "Baurecht",
                        "Angebotsentwicklung", "Digitale Infrastruktur"))
                .body("position", contains(1, 2, 3, 4, 5, 6));
    }
}

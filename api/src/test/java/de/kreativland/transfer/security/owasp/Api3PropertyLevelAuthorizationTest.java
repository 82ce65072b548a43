package de.kreativland.transfer.security.owasp;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OWASP API3:2023 Broken Object Property Level Authorization: a body cannot set properties the caller may not
 * (status, ids, versions are not fields of an input: 400 naming them), and public answers carry no personal fields.
 * A partner changing its own programmeRole: partner/OrganisationAccessTest.
 */
@QuarkusTest
class Api3PropertyLevelAuthorizationTest extends ApiTest {
    private static final String KALBE = "5b0c2d4e-1a01-4f6e-9c10-000000000001";

    @Test
    void aNewConceptCannotBePublishedOrGivenAnIdThroughItsBody() {
        for (Map.Entry<String, Object> extra : Map.<String, Object>of("status", "PUBLISHED", "id", "5b0c2d4e-1a01-4f6e-9c30-000000000001",
                "publishedVersionNumber", 1).entrySet()) {
            invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.partnerKalbe())).contentType(ContentType.JSON)
                    .body(Map.of("organisationId", KALBE, "title", "Mit Extras", extra.getKey(), extra.getValue()))
                    .when().post("/api/v1/transfer-concepts")
                    .then().statusCode(400).contentType("application/problem+json").body(containsString(extra.getKey()));
        }
    }

    @Test
    void thePublicDirectoryCarriesNoContactsOrAuditFields() {
        String body = api().queryParam("size", 100).when().get("/api/v1/partners").then().statusCode(200).extract().asString();
        for (String personal : new String[] {"\"email\"", "\"phone\"", "\"createdBy\"", "\"updatedBy\"", "\"subject\""}) {
            org.junit.jupiter.api.Assertions.assertFalse(body.contains(personal), personal);
        }
        api().when().get("/api/v1/partners/" + KALBE).then().statusCode(200).body("$", not(hasItem("contacts")));
    }
}

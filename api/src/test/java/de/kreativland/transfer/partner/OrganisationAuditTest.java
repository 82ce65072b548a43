package de.kreativland.transfer.partner;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An organisation's update appears in the audit log as the fields it changed, each before → after. */
@QuarkusTest
class OrganisationAuditTest extends ApiTest {

    @Test
    void anOrganisationsUpdateListsExactlyTheFieldsItChangedBeforeAndAfter() {
        Map<String, Object> body = Organisations.input("Auditverein", "SN", null);
        String id = api(TestTokens.coordinator()).contentType("application/json").body(body)
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String etag = api(TestTokens.coordinator()).when().get("/api/v1/organisations/" + id).then().statusCode(200)
                .extract().header("ETag");
        body.put("teamSize", 7);
        body.put("summary", "Jetzt mit sieben Leuten.");
        api(TestTokens.coordinator()).contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/v1/organisations/" + id).then().statusCode(200);

        api(TestTokens.admin()).queryParam("entityType", "organisation").queryParam("entityId", id).queryParam("action", "updated")
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].actorName", equalTo("Konrad Koordinator (Demo)"))
                .body("items[0].changes.field", containsInAnyOrder("teamSize", "summary"))
                .body("items[0].changes.find { it.field == 'teamSize' }.before", equalTo("5"))
                .body("items[0].changes.find { it.field == 'teamSize' }.after", equalTo("7"))
                .body("items[0].changes.find { it.field == 'summary' }.after", equalTo("Jetzt mit sieben Leuten."));
    }
}

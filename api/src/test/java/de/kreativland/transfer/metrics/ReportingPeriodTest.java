package de.kreativland.transfer.metrics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportingPeriodTest extends MetricsApiTest {

    @Test
    void lockedPeriodRefusesChangesAndKeepsAnAdminCorrectionWithItsReasonInTheHistory() {
        String scope = createScope("PROGRAMME", "Testzentrum Sperre", null, "SN", null);
        String period = createPeriod("Sperrtest 2033", "2033-01-01", "2033-03-31");
        String weekly = enterFlow(coordinator(), "actors_reached", scope, "2033-01-02", "2033-01-08", 100);
        enterStock(coordinator(), "group_members", scope, "2033-03-31", 40);

        transition(coordinator(), period, "SUBMITTED");
        transition(admin(), period, "APPROVED");
        transition(coordinator(), period, "LOCKED");

        api(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", "actors_reached", "scopeId", scope, "validFrom", "2033-02-01", "validTo", "2033-02-07", "value", 5))
                .when().post("/api/v1/measurements").then().statusCode(409).body("detail", containsString("LOCKED"));
        api(admin()).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", "actors_reached", "scopeId", scope, "validFrom", "2033-02-01", "validTo", "2033-02-07", "value", 5))
                .when().post("/api/v1/measurements").then().statusCode(409);
        api(coordinator()).contentType(ContentType.JSON).body(Map.of("value", 90, "reason", "Doppelt gezählt"))
                .when().post("/api/v1/measurements/" + weekly + "/corrections").then().statusCode(409);
        api(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("title", "Nachtrag", "type", "OWN_EVENT", "heldOn", "2033-02-02", "town", "Pirna", "scopeId", scope, "participants", 10))
                .when().post("/api/v1/metric-events").then().statusCode(409);
        invalidRequest().header("Authorization", "Bearer " + admin()).contentType(ContentType.JSON).body(Map.of("value", 90))
                .when().post("/api/v1/measurements/" + weekly + "/corrections")
                .then().statusCode(400).body("violations[0].field", containsString("reason"));

        var correction = api(admin()).contentType(ContentType.JSON)
                .body(Map.of("value", 90, "reason", "Zehn Gäste einer Kooperationsveranstaltung waren doppelt gezählt"))
                .when().post("/api/v1/measurements/" + weekly + "/corrections")
                .then().statusCode(201)
                .body("correctsId", equalTo(weekly))
                .body("current", equalTo(true))
                .body("history.value", contains(100.0f, 90.0f))
                .body("history[1].reason", equalTo("Zehn Gäste einer Kooperationsveranstaltung waren doppelt gezählt"))
                .extract();
        String corrected = correction.path("id");
        org.hamcrest.MatcherAssert.assertThat(correction.header("Location"), endsWith("/api/v1/measurements/" + corrected));
        api(admin()).when().get("/api/v1/measurements/" + corrected).then().statusCode(200).body("reason", containsString("doppelt"));

        api(advisorSaxony()).when().get("/api/v1/measurements/" + weekly).then().statusCode(200)
                .body("current", equalTo(false))
                .body("correctedById", equalTo(corrected))
                .body("value", equalTo(100.0f))
                .body("history.id", contains(weekly, corrected));
        api(admin()).contentType(ContentType.JSON).body(Map.of("value", 80, "reason", "Noch einmal"))
                .when().post("/api/v1/measurements/" + weekly + "/corrections").then().statusCode(409)
                .body("detail", containsString(corrected));

        JsonNode report = report(coordinator(), "2033-01-01", "2033-03-31", "scopeId", scope);
        assertEquals(0, value(report, "actors_reached").compareTo(new BigDecimal("90")), "the report counts the correction");
        api(coordinator()).queryParam("scopeId", scope).when().get("/api/v1/measurements")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(corrected))
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(weekly)));
    }

    @Test
    void coordinatorsCorrectInOpenPeriodsAndSecondValuesForTheSameDaysAreRefused() {
        String scope = createScope("PROGRAMME", "Testzentrum Offen", null, "SN", null);
        createPeriod("Offen 2034", "2034-01-01", "2034-12-31");
        String snapshot = enterStock(coordinator(), "facebook_followers", scope, "2034-05-31", 300);
        api(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", "facebook_followers", "scopeId", scope, "asOf", "2034-05-31", "value", 310))
                .when().post("/api/v1/measurements").then().statusCode(409).body("detail", containsString(snapshot));
        api(coordinator()).contentType(ContentType.JSON).body(Map.of("value", 310, "reason", "Zahl vom Abend statt vom Morgen"))
                .when().post("/api/v1/measurements/" + snapshot + "/corrections").then().statusCode(201)
                .body("history.value", contains(300.0f, 310.0f));
        invalidRequest().header("Authorization", "Bearer " + coordinator()).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", "facebook_followers", "scopeId", scope, "validFrom", "2034-06-01", "validTo", "2034-06-07", "value", 1))
                .when().post("/api/v1/measurements").then().statusCode(400).body("violations[0].field", equalTo("validFrom"));
        api(advisorSaxony()).contentType(ContentType.JSON).body(Map.of("value", 1, "reason", "x"))
                .when().post("/api/v1/measurements/" + snapshot + "/corrections").then().statusCode(403);
    }

    @Test
    void periodStepsFollowTheWorkflowAndIllegalOnesNameTheAllowedSteps() {
        String period = createPeriod("Ablauf 2035", "2035-01-01", "2035-03-31");
        String etag = api(coordinator()).when().get("/api/v1/reporting-periods/" + period).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("allowedTransitions", contains("SUBMITTED")).extract().header("ETag");

        invalidRequest().header("Authorization", "Bearer " + coordinator()).contentType(ContentType.JSON).body(Map.of("to", "SUBMITTED"))
                .when().post("/api/v1/reporting-periods/" + period + "/transitions").then().statusCode(428);
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("to", "APPROVED"))
                .when().post("/api/v1/reporting-periods/" + period + "/transitions")
                .then().statusCode(409).body("allowedTransitions", contains("SUBMITTED"));
        transition(coordinator(), period, "SUBMITTED");
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("to", "APPROVED"))
                .when().post("/api/v1/reporting-periods/" + period + "/transitions").then().statusCode(412);
        transition(coordinator(), period, "OPEN");
        transition(coordinator(), period, "SUBMITTED");
        transition(coordinator2(), period, "APPROVED");
        transition(coordinator(), period, "LOCKED");
        String locked = api(coordinator()).when().get("/api/v1/reporting-periods/" + period).then().statusCode(200)
                .body("allowedTransitions", empty()).extract().header("ETag");
        api(admin()).contentType(ContentType.JSON).header("If-Match", locked).body(Map.of("to", "OPEN"))
                .when().post("/api/v1/reporting-periods/" + period + "/transitions")
                .then().statusCode(409).body("allowedTransitions", empty());
        api(advisorSaxony()).contentType(ContentType.JSON).header("If-Match", locked).body(Map.of("to", "OPEN"))
                .when().post("/api/v1/reporting-periods/" + period + "/transitions").then().statusCode(403);
    }

    @Test
    void whoeverSubmittedAPeriodCannotApproveItButASecondCoordinatorOrAnAdminCan() {
        String period = createPeriod("Vier Augen 2036", "2036-01-01", "2036-03-31");
        transition(coordinator(), period, "SUBMITTED");
        String etag = api(coordinator()).when().get("/api/v1/reporting-periods/" + period).then().statusCode(200)
                .body("submittedByYou", equalTo(true)).body("allowedTransitions", contains("OPEN")).extract().header("ETag");
        api(coordinator()).contentType(ContentType.JSON).header("If-Match", etag).header("Accept-Language", "en").body(Map.of("to", "APPROVED"))
                .when().post("/api/v1/reporting-periods/" + period + "/transitions")
                .then().statusCode(403).body("rule", equalTo("four-eyes")).body("detail", containsString("submitted by you"));
        api(coordinator2()).when().get("/api/v1/reporting-periods/" + period).then().statusCode(200)
                .body("submittedByYou", equalTo(false)).body("allowedTransitions", contains("APPROVED", "OPEN"));
        transition(coordinator2(), period, "APPROVED");

        String other = createPeriod("Vier Augen Admin 2036", "2036-04-01", "2036-06-30");
        transition(admin(), other, "SUBMITTED");
        String adminEtag = api(admin()).when().get("/api/v1/reporting-periods/" + other).then().extract().header("ETag");
        api(admin()).contentType(ContentType.JSON).header("If-Match", adminEtag).body(Map.of("to", "APPROVED"))
                .when().post("/api/v1/reporting-periods/" + other + "/transitions")
                .then().statusCode(403).body("rule", equalTo("four-eyes"));
        transition(coordinator(), other, "APPROVED");
    }
}

package de.kreativland.transfer.metrics;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Helpers of the outreach-metrics tests: tokens, the report as JSON with exact decimals, scopes of one's own. */
abstract class MetricsApiTest extends ApiTest {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final String PROGRAMME_SAXONY = "8f3e5a10-4d07-4f6e-9c70-000000000001";
    static final String SCOPE_FICHTELGEBIRGE = "8f3e5a10-4d07-4f6e-9c70-000000000031";
    static final String FIRST_100_DAYS = "8f3e5a10-4d07-4f6e-9c71-000000000001";

    static String coordinator() {
        return TestTokens.coordinator();
    }

    static String coordinator2() {
        return TestTokens.coordinator2();
    }

    static String admin() {
        return TestTokens.admin();
    }

    static String advisorSaxony() {
        return TestTokens.advisorSaxony();
    }

    static String advisorEverywhere() {
        return TestTokens.sign(TestTokens.claims("7c1d6a52-0d1e-4c1a-9a01-0000000000a7", "advisor-all", "Uli Ueberall (Demo)", "advisor"));
    }

    static String integration() {
        return TestTokens.sign(TestTokens.claims("7c1d6a52-0d1e-4c1a-9a01-0000000000a8", "service-account-stats", "Statistik-Dienst", "integration"));
    }

    static RequestSpecification as(String token) {
        return token == null ? api() : api(token);
    }

    static JsonNode report(String token, String from, String to, String... params) {
        RequestSpecification request = as(token).queryParam("from", from).queryParam("to", to);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return parse(request.when().get("/api/v1/outreach-report").then().statusCode(200).extract().asString());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures of one indicator in a report, or null when the report does not show it. */
    static JsonNode figure(JsonNode report, String key) {
        for (JsonNode indicator : report.get("indicators")) {
            if (indicator.get("key").asText().equals(key)) {
                return indicator;
            }
        }
        return null;
    }

    static BigDecimal value(JsonNode report, String key) {
        return figure(report, key).get("value").decimalValue();
    }

    static String createScope(String kind, String name, String town, String state, String openedOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", kind);
        input.put("name", name + " " + UUID.randomUUID().toString().substring(0, 8));
        input.put("state", state);
        if (town != null) {
            input.put("town", town);
        }
        if (openedOn != null) {
            input.put("openedOn", openedOn);
        }
        return api(coordinator()).contentType(ContentType.JSON).body(input).when().post("/api/v1/metric-scopes")
                .then().statusCode(201).extract().path("id");
    }

    static String createPeriod(String name, String startsOn, String endsOn) {
        return api(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "startsOn", startsOn, "endsOn", endsOn))
                .when().post("/api/v1/reporting-periods").then().statusCode(201).extract().path("id");
    }

    /** Moves a period on one step, with the ETag just read. */
    static void transition(String token, String periodId, String to) {
        String etag = api(token).when().get("/api/v1/reporting-periods/" + periodId).then().statusCode(200).extract().header("ETag");
        api(token).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("to", to))
                .when().post("/api/v1/reporting-periods/" + periodId + "/transitions")
                .then().statusCode(200);
    }

    static String enterFlow(String token, String indicator, String scopeId, String from, String to, Object value) {
        return api(token).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", indicator, "scopeId", scopeId, "validFrom", from, "validTo", to, "value", value))
                .when().post("/api/v1/measurements").then().statusCode(201).extract().path("id");
    }

    static String enterStock(String token, String indicator, String scopeId, String asOf, Object value) {
        return api(token).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", indicator, "scopeId", scopeId, "asOf", asOf, "value", value))
                .when().post("/api/v1/measurements").then().statusCode(201).extract().path("id");
    }

    static String createEvent(String scopeId, String type, String heldOn, String town, int participants) {
        return api(coordinator()).contentType(ContentType.JSON)
                .body(Map.of("title", "Testveranstaltung in " + town, "type", type, "heldOn", heldOn, "town", town,
                        "scopeId", scopeId, "participants", participants))
                .when().post("/api/v1/metric-events").then().statusCode(201).extract().path("id");
    }
}

package de.kreativland.transfer.security;

import static org.hamcrest.Matchers.containsString;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Nothing written after a reporting period is LOCKED changes its figures: every write that feeds them asks one rule. */
@QuarkusTest
class LockedPeriodTest extends ApiTest {
    /** Demo period "Erste 100 Tage", 2017-06-27 to 2017-10-04, LOCKED. */
    private static final String LOCKED_PERIOD = "8f3e5a10-4d07-4f6e-9c71-000000000001";
    private static final String SAXONY_PROGRAMME_SCOPE = "8f3e5a10-4d07-4f6e-9c70-000000000001";
    private static final String MARA_HALDERN_MARKETING = "3c0a0c4e-2b02-4f6e-9c21-000000000005";
    private static final String INSIDE = "2017-08-01";

    @Test
    void aCoachingSessionDatedInsideALockedPeriodIsRefused() {
        refused(api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("heldOn", INSIDE, "durationMinutes", 60, "format", "ON_SITE"))
                .when().post("/api/v1/coaching-assignments/" + MARA_HALDERN_MARKETING + "/sessions"));
    }

    @Test
    void targetsAndNarrativesOfALockedPeriodAreRefused() {
        refused(api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", "actors_reached", "scopeId", SAXONY_PROGRAMME_SCOPE, "periodId", LOCKED_PERIOD, "target", 5000))
                .when().post("/api/v1/indicator-targets"));
        refused(api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("scopeId", SAXONY_PROGRAMME_SCOPE, "periodId", LOCKED_PERIOD, "title", "Nachtrag", "body", "Später geschrieben."))
                .when().post("/api/v1/report-narratives"));
        refused(api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("scopeId", SAXONY_PROGRAMME_SCOPE, "startsOn", "2017-09-01", "endsOn", "2017-12-31", "title", "Nachtrag",
                        "body", "Später geschrieben."))
                .when().post("/api/v1/report-narratives"));
    }

    @Test
    void aCounsellingLocationOpenedInsideALockedPeriodIsRefused() {
        refused(api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("kind", "COUNSELLING_LOCATION", "name", "Nachgetragen " + UUID.randomUUID().toString().substring(0, 8),
                        "state", "SN", "town", "Görlitz", "openedOn", INSIDE))
                .when().post("/api/v1/metric-scopes"));
    }

    @Test
    void eventsAndInitiativesInsideALockedPeriodAreRefusedAsBefore() {
        refused(api(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("name", "Netz nachgetragen", "supportedOn", INSIDE, "scopeId", SAXONY_PROGRAMME_SCOPE))
                .when().post("/api/v1/network-initiatives"));
    }

    private static void refused(io.restassured.response.Response response) {
        response.then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Erste 100 Tage"))
                .body("detail", containsString("LOCKED"));
    }
}

package de.kreativland.transfer.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** An id the caller may not see answers exactly as an id that does not exist: status and problem alike. */
@QuarkusTest
class ExistenceOracleTest extends ApiTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPartnerLearnsNothingAboutOrganisationsOutsideTheDirectory() {
        String unlisted = one("select id from organisation where programme_role is null order by id limit 1");
        sameAnswer(organisationId -> api(TestTokens.partnerKalbe()).contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisationId, "title", "Fremdes Konzept"))
                .when().post("/api/v1/transfer-concepts").then().extract(), unlisted);
    }

    @Test
    void aSaxonCoordinatorCannotTellBavarianScopesFromMissingOnes() {
        String coordinatorSaxony = TestTokens.sign(TestTokens.claims(TestTokens.COORDINATOR, "coordinator", "Konrad Koordinator (Demo)",
                "coordinator").claim("states", List.of("SN")));
        String bavarian = one("select id from metric_scope where state = 'BY' order by id limit 1");
        String period = one("select id from reporting_period where status = 'OPEN' order by starts_on desc limit 1");
        ExtractableResponse<Response> answer = sameAnswer(scopeId -> api(coordinatorSaxony).contentType(ContentType.JSON)
                .body(Map.of("indicatorKey", "actors_reached", "scopeId", scopeId, "periodId", period, "target", 1))
                .when().post("/api/v1/indicator-targets").then().extract(), bavarian);
        assertEquals(400, answer.statusCode(), "a scope outside the token's states is no scope at all");
        sameAnswer(scopeId -> api(coordinatorSaxony).contentType(ContentType.JSON)
                .body(Map.of("name", "Netz", "supportedOn", "2046-01-01", "scopeId", scopeId))
                .when().post("/api/v1/network-initiatives").then().extract(), bavarian);
    }

    /** The answer for the hidden id equals the one for a random id (status, title, and the detail with the id replaced). */
    private static ExtractableResponse<Response> sameAnswer(Function<String, ExtractableResponse<Response>> request, String hidden) {
        String unknown = UUID.randomUUID().toString();
        ExtractableResponse<Response> forUnknown = request.apply(unknown);
        ExtractableResponse<Response> forHidden = request.apply(hidden);
        assertEquals(forUnknown.statusCode(), forHidden.statusCode(), "status for an unknown id and for one the caller may not see");
        assertEquals(String.valueOf(forUnknown.jsonPath().getString("detail")).replace(unknown, "ID"),
                String.valueOf(forHidden.jsonPath().getString("detail")).replace(hidden, "ID"));
        return forHidden;
    }

    private String one(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("the demo world has no row for: " + sql);
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

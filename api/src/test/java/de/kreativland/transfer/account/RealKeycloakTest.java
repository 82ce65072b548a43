package de.kreativland.transfer.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API against the real Keycloak with the project's realm (started by `make test` on :8180):
 * tokens from the realm's clients are accepted only when they are meant for the API.
 */
@QuarkusTest
@TestProfile(RealKeycloakTest.RealKeycloak.class)
class RealKeycloakTest {
    static final String KEYCLOAK = System.getProperty("kl.keycloak.url", "http://localhost:8180");
    static final String TOKEN_PATH = "/protocol/openid-connect/token";

    public static class RealKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url", KEYCLOAK + "/realms/kreativland",
                    "quarkus.oidc.token.issuer", "any");
        }
    }

    private static String token(String realm, Map<String, String> form) {
        return given().formParams(form).when().post(KEYCLOAK + "/realms/" + realm + TOKEN_PATH)
                .then().statusCode(200).extract().path("access_token");
    }

    private static String integrationToken() {
        return token("kreativland", Map.of("grant_type", "client_credentials",
                "client_id", "kreativland-integration", "client_secret", "integration-demo-secret"));
    }

    @Test
    void integrationClientReadsItsIdentityWithRoleIntegration() {
        given().header("Authorization", "Bearer " + integrationToken())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("service-account-kreativland-integration"))
                .body("roles", contains("integration"))
                .body("organisation", nullValue());
    }

    @Test
    void integrationClientIsForbiddenFromAdminData() {
        given().header("Authorization", "Bearer " + integrationToken())
                .when().get("/api/v1/memberships")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void saxonyIntegrationClientCarriesItsState() {
        String token = token("kreativland", Map.of("grant_type", "client_credentials",
                "client_id", "kreativland-integration-sn", "client_secret", "integration-sn-demo-secret"));
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/me")
                .then().statusCode(200).body("states", contains("SN"));
    }

    @Test
    void realmTokenMintedForAnotherClientIsRefused() {
        String token = token("kreativland", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "partner", "password", "partner"));
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenOfAnotherRealmIsRefused() {
        String token = token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static String partnerToken(String username, String password) {
        return token("kreativland", Map.of("grant_type", "password", "client_id", "admin-cli", "username", username, "password", password));
    }

    private static int passwordGrant(String username, String password) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", username, "password", password))
                .when().post(KEYCLOAK + "/realms/kreativland" + TOKEN_PATH).then().extract().statusCode();
    }

    @Test
    void saxonyIntegrationClientReadsSaxonPartnersOnly() {
        String token = token("kreativland", Map.of("grant_type", "client_credentials",
                "client_id", "kreativland-integration-sn", "client_secret", "integration-sn-demo-secret"));
        given().header("Authorization", "Bearer " + token).queryParam("size", 100).when().get("/api/v1/partners")
                .then().statusCode(200).body("items.size()", greaterThan(0)).body("items.state", everyItem(equalTo("SN")));
    }

    @Test
    void usersCannotRenameThemselvesInTheirKeycloakAccount() {
        String token = partnerToken("partner", "partner");
        String account = KEYCLOAK + "/realms/kreativland/account/";
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("username", "partner", "email", "partner@demo.kreativland.example",
                        "firstName", "Konrad", "lastName", "Koordinator (Demo)"))
                .when().post(account).then().statusCode(400);
        given().header("Authorization", "Bearer " + token).accept("application/json").when().get(account)
                .then().statusCode(200).body("firstName", equalTo("Paula")).body("lastName", equalTo("Partner (Demo)"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() throws InterruptedException {
        String partner2 = "7c1d6a52-0d1e-4c1a-9a01-000000000005";
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                assertEquals(400, passwordGrant("partner2", "wrong-" + attempt), "a wrong password is refused");
                Thread.sleep(1200);
            }
            assertEquals(400, passwordGrant("partner2", "partner2"), "the right password no longer helps while locked");
        } finally {
            String admin = token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
            given().header("Authorization", "Bearer " + admin)
                    .when().delete(KEYCLOAK + "/admin/realms/kreativland/attack-detection/brute-force/users/" + partner2)
                    .then().statusCode(204);
        }
        assertEquals(200, passwordGrant("partner2", "partner2"), "an administrator lifted the lock");
    }
}

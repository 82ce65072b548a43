package de.kreativland.transfer.security.owasp;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * OWASP API1:2023 Broken Object Level Authorization, with two users of the same role (the partners of Kalbe and of
 * Fichtelgebirge) on the resources a partner owns: transfer concepts, coaching, tandems (its organisation:
 * partner/OrganisationAccessTest). Feeds:
 * security/TombstoneAudienceTest; state limits: security/StateLimitTest; learning modules: learning/LearningModuleAccessTest.
 */
@QuarkusTest
class Api1ObjectLevelAuthorizationTest extends ApiTest {
    private static final String KALBE = "5b0c2d4e-1a01-4f6e-9c10-000000000001";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPartnerReadsNoUnpublishedConceptOfAnotherPartner() {
        String draft = one("select id from transfer_concept where organisation_id = '" + KALBE + "' and status <> 'PUBLISHED' limit 1");
        if (draft != null) {
            api(TestTokens.partnerFichtelgebirge()).when().get("/api/v1/transfer-concepts/" + draft).then().statusCode(404);
            api(TestTokens.partnerFichtelgebirge()).when().get("/api/v1/transfer-concepts/" + draft + "/versions").then().statusCode(404);
        }
        api(TestTokens.partnerFichtelgebirge()).queryParam("organisationId", KALBE).queryParam("size", 100).when().get("/api/v1/transfer-concepts")
                .then().statusCode(200).body("items.status", everyItem(equalTo("PUBLISHED")));
    }

    @Test
    void aPartnerSeesNoCoachingOrTandemsOfAnotherPartner() {
        api(TestTokens.partnerFichtelgebirge()).queryParam("organisationId", KALBE).when().get("/api/v1/coaching-assignments")
                .then().statusCode(200).body("items.organisation.id", not(hasItem(KALBE)));
        String assignment = one("select id from coaching_assignment where organisation_id = '" + KALBE + "' limit 1");
        if (assignment != null) {
            api(TestTokens.partnerFichtelgebirge()).when().get("/api/v1/coaching-assignments/" + assignment).then().statusCode(404);
            api(TestTokens.partnerFichtelgebirge()).when().get("/api/v1/coaching-assignments/" + assignment + "/sessions").then().statusCode(404);
        }
        String tandem = one("select id from tandem where '" + KALBE + "' in (best_practice_organisation_id, tandem_organisation_id)"
                + " and '" + fichtelgebirge() + "' not in (best_practice_organisation_id, tandem_organisation_id) limit 1");
        if (tandem != null) {
            api(TestTokens.partnerFichtelgebirge()).when().get("/api/v1/tandems/" + tandem).then().statusCode(404);
        }
    }

    private String fichtelgebirge() {
        return one("select organisation_id from organisation_membership where subject = '" + TestTokens.PARTNER_FICHTELGEBIRGE + "' limit 1");
    }

    private String one(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

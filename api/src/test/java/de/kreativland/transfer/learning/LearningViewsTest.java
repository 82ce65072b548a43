package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearningViewsTest extends LearningTest {
    @Inject
    EntityManager em;

    @Test
    void anonymousViewsAggregatePerDayWithoutStoringWhoViewed() {
        String id = publishedByClara(unique("Gezählt"), "Text");
        String slug = api().when().get(MODULES + "/" + id).then().statusCode(200).extract().path("slug");
        api().when().get(MODULES + "/" + slug).then().statusCode(200);
        api().when().get(MODULES + "/" + id).then().statusCode(200);
        api(TestTokens.partnerKalbe()).when().get(MODULES + "/" + id).then().statusCode(200);

        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
        api(TestTokens.coordinator()).when().get(MODULES + "/" + id + "/views")
                .then().statusCode(200)
                .body("anonymousViews", equalTo(3)).body("signedInViews", equalTo(1))
                .body("days.day", contains(today))
                .body("days[0].anonymousViews", equalTo(3));
        api(TestTokens.advisorSaxony()).queryParam("from", today).queryParam("to", today).when().get(MODULES + "/" + id + "/views")
                .then().statusCode(200).body("anonymousViews", equalTo(3));

        // one row per module and day, with counts only: nothing that could name a reader
        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery("select column_name from information_schema.columns "
                + "where table_name = 'learning_module_view_daily' order by ordinal_position").getResultList();
        assertEquals(List.of("module_id", "day", "anonymous_views", "signed_in_views"), columns);
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from learning_module_view_daily where module_id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult()).longValue());
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from audit_log where entity_id = :id and action not in ('create', 'transition')")
                .setParameter("id", id).getSingleResult()).longValue());
    }

    @Test
    void draftReadsAreNotCounted() {
        String id = draftByClara(unique("Entwurf"), "Text");
        api(clara()).when().get(MODULES + "/" + id).then().statusCode(200);
        api(TestTokens.coordinator()).when().get(MODULES + "/" + id + "/views").then().statusCode(200).body("days", empty());
    }

    @Test
    void onlyStaffAndAdvisorsSeeViewCountsForValidRanges() {
        api(TestTokens.partnerKalbe()).when().get(MODULES + "/" + FOERDERUNG + "/views").then().statusCode(403);
        api().when().get(MODULES + "/" + FOERDERUNG + "/views").then().statusCode(401);
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).queryParam("from", "gestern")
                .when().get(MODULES + "/" + FOERDERUNG + "/views").then().statusCode(400).body("violations[0].field", equalTo("from"));
        api(TestTokens.coordinator()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .when().get(MODULES + "/" + FOERDERUNG + "/views").then().statusCode(400).body("violations[0].field", equalTo("from"));
    }
}

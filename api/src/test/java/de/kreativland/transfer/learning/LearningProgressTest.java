package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearningProgressTest extends LearningTest {

    @Test
    void pathProgressIsCorrectAfterMarkingModulesDone() {
        String me = freshPartner();
        api(me).when().get(PATHS + "/leerstand-beleben/progress")
                .then().statusCode(200)
                .body("done", equalTo(0)).body("total", equalTo(4)).body("percent", equalTo(0))
                .body("modules.moduleId", contains(LEERSTAND_CHECKLIST, KALBE_CASE_STUDY, NUTZUNGSAENDERUNG, FOERDERUNG));

        api(me).when().put(MODULES + "/" + LEERSTAND_CHECKLIST + "/progress")
                .then().statusCode(200).body("moduleId", equalTo(LEERSTAND_CHECKLIST)).body("completedAt", notNullValue());
        api(me).when().put(MODULES + "/" + FOERDERUNG + "/progress").then().statusCode(200);
        api(me).when().put(MODULES + "/" + FOERDERUNG + "/progress").then().statusCode(200); // idempotent

        api(me).when().get(PATHS + "/" + PATH_LEERSTAND + "/progress")
                .then().statusCode(200)
                .body("done", equalTo(2)).body("total", equalTo(4)).body("percent", equalTo(50))
                .body("modules.done", contains(true, false, false, true));
        // the same module counts on every path that contains it
        api(me).when().get(PATHS + "/finanzierung-sichern/progress")
                .then().statusCode(200)
                .body("done", equalTo(1)).body("total", equalTo(4)).body("percent", equalTo(25));

        api(me).when().delete(MODULES + "/" + LEERSTAND_CHECKLIST + "/progress").then().statusCode(204);
        api(me).when().get(PATHS + "/leerstand-beleben/progress")
                .then().statusCode(200).body("done", equalTo(1)).body("percent", equalTo(25))
                .body("modules.done", contains(false, false, false, true));

        api(me).when().get("/api/v1/me/learning-progress")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items.moduleId", contains(FOERDERUNG));
        api(me).when().get(MODULES + "/" + FOERDERUNG).then().statusCode(200).body("completedAt", notNullValue());
    }

    @Test
    void progressIsPersonal() {
        String me = freshPartner();
        String other = freshPartner();
        api(me).when().put(MODULES + "/" + KALBE_CASE_STUDY + "/progress").then().statusCode(200);
        api(other).when().get(PATHS + "/leerstand-beleben/progress").then().statusCode(200).body("done", equalTo(0));
        api(other).when().get("/api/v1/me/learning-progress").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anonymousUsersHaveNoPersonalProgress() {
        api().when().put(MODULES + "/" + FOERDERUNG + "/progress").then().statusCode(401);
        api().when().get(PATHS + "/leerstand-beleben/progress").then().statusCode(401);
        api().when().get("/api/v1/me/learning-progress").then().statusCode(401);
    }

    @Test
    void onlyReadablePublishedModulesCanBeMarkedDone() {
        api(freshPartner()).when().put(MODULES + "/" + CROWDFUNDING_DRAFT + "/progress").then().statusCode(404);
        api(clara()).when().put(MODULES + "/" + CROWDFUNDING_DRAFT + "/progress").then().statusCode(409);
        api(TestTokens.partnerKalbe()).when().put(MODULES + "/" + ROLES_PARTICIPANTS_ONLY + "/progress").then().statusCode(200);
    }
}

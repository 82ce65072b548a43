package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** mine=true: the authoring list of coaches and partners, every status, only what they author. */
@QuarkusTest
class LearningMyModulesTest extends LearningTest {

    @Test
    void coachListsOwnModulesInEveryStatusButNoOtherAuthorsPublishedModules() {
        api(clara()).queryParam("mine", true).queryParam("size", 100).when().get(MODULES)
                .then().statusCode(200)
                .body("items.id", hasItems(CROWDFUNDING_DRAFT, ROLES_PARTICIPANTS_ONLY))
                .body("items.id", not(hasItem(FOERDERUNG)))
                .body("items.authors", everyItem(hasItem(hasEntry("id", CLARA))));
        // Without mine the same coach also gets everybody's published modules.
        api(clara()).queryParam("size", 100).when().get(MODULES)
                .then().statusCode(200).body("items.id", hasItems(CROWDFUNDING_DRAFT, FOERDERUNG));
    }

    @Test
    void statusFilterNarrowsOwnModulesToWhatIsInReview() {
        String id = draftByClara(unique("Pressearbeit im Dorf"), "Text");
        transition(clara(), id, "IN_REVIEW");
        api(clara()).queryParam("mine", true).queryParam("status", "IN_REVIEW").queryParam("size", 100).when().get(MODULES)
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.id", not(hasItem(CROWDFUNDING_DRAFT)))
                .body("items.status", everyItem(equalTo("IN_REVIEW")));
    }

    @Test
    void partnerListsItsOrganisationsModules() {
        api(TestTokens.partnerKalbe()).queryParam("mine", true).queryParam("size", 100).when().get(MODULES)
                .then().statusCode(200)
                .body("items.id", hasItems(LEERSTAND_CHECKLIST, KALBE_CASE_STUDY))
                .body("items.id", not(hasItem(FOERDERUNG)))
                .body("items.id", not(hasItem(CROWDFUNDING_DRAFT)));
    }

    @Test
    void callersWhoAuthorNothingGetAnEmptyList() {
        api(TestTokens.coordinator()).queryParam("mine", true).when().get(MODULES)
                .then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        api().queryParam("mine", true).when().get(MODULES)
                .then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        api(otherCoach()).queryParam("mine", true).when().get(MODULES)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}

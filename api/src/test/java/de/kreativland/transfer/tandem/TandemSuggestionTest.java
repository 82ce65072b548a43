package de.kreativland.transfer.tandem;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TandemSuggestionTest extends TandemApiTest {

    @Test
    void nearbyCandidateOfTheSameSubmarketRanksAboveADistantOneOfAnotherSubmarket() {
        List<Map<String, Object>> ranking = allSuggestions(concept);
        Map<String, Object> nearby = find(ranking, near);
        Map<String, Object> far = find(ranking, distant);
        int nearRank = (Integer) nearby.get("rank");
        int farRank = (Integer) far.get("rank");
        assertEquals(1, nearRank, "the nearby candidate with the same submarkets is the best match");
        assertTrue(nearRank < farRank, nearRank + " < " + farRank);
        assertTrue(((Number) nearby.get("score")).doubleValue() > ((Number) far.get("score")).doubleValue());

        // the reasons say why: shared submarkets and a short distance for one, none and a long way for the other
        Map<String, Object> nearSubmarkets = reason(nearby, "SUBMARKETS");
        assertTrue(nearSubmarkets.get("value").toString().startsWith("2 gemeinsame Teilmärkte"), nearSubmarkets.toString());
        assertTrue(nearSubmarkets.get("value").toString().contains("Filmwirtschaft"), nearSubmarkets.toString());
        assertEquals(0.30, ((Number) nearSubmarkets.get("share")).doubleValue(), 0.001);
        Map<String, Object> nearDistance = reason(nearby, "DISTANCE");
        assertTrue(nearDistance.get("value").toString().matches("\\d{1,2} km"), nearDistance.toString());
        assertTrue(((Number) nearDistance.get("share")).doubleValue() > 0.24);
        assertNotNull(nearDistance.get("explanation"));

        Map<String, Object> farSubmarkets = reason(far, "SUBMARKETS");
        assertEquals("keine gemeinsamen Teilmärkte", farSubmarkets.get("value"));
        assertEquals(0.0, ((Number) farSubmarkets.get("share")).doubleValue());
        Map<String, Object> farDistance = reason(far, "DISTANCE");
        int km = Integer.parseInt(farDistance.get("value").toString().replace(" km", ""));
        assertTrue(km > 600, "Kiel to the Alps is far: " + km);
        assertEquals(0.0, ((Number) farDistance.get("share")).doubleValue());
        assertTrue(farDistance.get("explanation").toString().contains("600 km"));

        // every suggestion explains all five factors, and the shares add up to the score
        for (Map<String, Object> suggestion : List.of(nearby, far)) {
            List<Map<String, Object>> reasons = reasons(suggestion);
            assertEquals(5, reasons.size());
            double sum = reasons.stream().mapToDouble(r -> ((Number) r.get("share")).doubleValue()).sum();
            assertEquals(((Number) suggestion.get("score")).doubleValue(), sum, 0.002);
        }
    }

    @Test
    void theConceptsOwnOrganisationBestPracticePartnersAndOpenTandemsAreNoCandidates() {
        List<Map<String, Object>> before = allSuggestions(concept);
        List<String> ids = before.stream().map(s -> ((Map<?, ?>) s.get("organisation")).get("id").toString()).toList();
        assertFalse(ids.contains(owner.toString()));
        assertFalse(ids.contains("5b0c2d4e-1a01-4f6e-9c10-000000000001"), "Kalbe is a best-practice partner");
        assertTrue(ids.contains(hamburg.toString()), "tandem partners may run several tandems");
        propose(near, null).statusCode(201);
        List<String> after = allSuggestions(concept).stream().map(s -> ((Map<?, ?>) s.get("organisation")).get("id").toString()).toList();
        assertFalse(after.contains(near.toString()), "already in an open tandem with this concept");
    }

    @Test
    void aPairWhoseTandemOnTheConceptFinishedIsNotSuggestedAgain() {
        String id = active();
        transition(coordinator(), id, "COMPLETED", null).statusCode(200);
        List<String> after = allSuggestions(concept).stream().map(s -> ((Map<?, ?>) s.get("organisation")).get("id").toString()).toList();
        assertFalse(after.contains(near.toString()), "its tandem on this concept has finished");
    }

    @Test
    void suggestionsAreForStaffAndForApprovedOrPublishedConcepts() {
        api(ownerPartner()).when().get(SUGGESTIONS, concept).then().statusCode(403);
        api(coach()).when().get(SUGGESTIONS, concept).then().statusCode(403);
        api().when().get(SUGGESTIONS, concept).then().statusCode(401);
        api(coordinator()).queryParam("size", 2).when().get(SUGGESTIONS, concept).then().statusCode(200)
                .body("conceptId", equalTo(concept.toString())).body("items.rank", contains(1, 2));
        UUID draft = data.concept(owner, "DRAFT");
        api(coordinator()).header("Accept-Language", "en").when().get(SUGGESTIONS, draft).then().statusCode(409)
                .body("detail", containsString("APPROVED or PUBLISHED"));
        api(coordinator()).when().get(SUGGESTIONS, UUID.randomUUID()).then().statusCode(404);
        invalidRequest(coordinator()).queryParam("size", 101).when().get(SUGGESTIONS, concept).then().statusCode(400);
    }

    private List<Map<String, Object>> allSuggestions(UUID conceptId) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            List<Map<String, Object>> items = api(coordinator()).queryParam("page", page).queryParam("size", 100)
                    .when().get(SUGGESTIONS, conceptId).then().statusCode(200).extract().path("items");
            all.addAll(items);
            if (items.size() < 100) {
                break;
            }
        }
        return all;
    }

    private static Map<String, Object> find(List<Map<String, Object>> ranking, UUID organisation) {
        return ranking.stream().filter(s -> ((Map<?, ?>) s.get("organisation")).get("id").equals(organisation.toString())).findFirst()
                .orElseThrow(() -> new AssertionError(organisation + " is not among the suggestions"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> suggestion) {
        return (List<Map<String, Object>>) suggestion.get("reasons");
    }

    private static Map<String, Object> reason(Map<String, Object> suggestion, String factor) {
        return reasons(suggestion).stream().filter(r -> factor.equals(r.get("factor"))).findFirst().orElseThrow();
    }
}

package de.kreativland.transfer.selection;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WeightedRankingTest extends SelectionApiTest {
    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private record Expected(String candidateId, String organisationName, BigDecimal weightedScore, int criteriaScored, int jurorCount) {
    }

    /** The weighted score recomputed from what the API reports: mean per criterion over jurors, weighted over scored active criteria. */
    private static Expected recompute(String roundId, Map<String, Object> candidate, Map<String, BigDecimal> activeWeights) {
        String candidateId = (String) candidate.get("id");
        List<Map<String, Object>> items = api(coordinator())
                .when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}/assessments", roundId, candidateId)
                .then().statusCode(200).extract().jsonPath(DECIMALS).getList("items");
        Map<String, List<BigDecimal>> scoresByCriterion = new HashMap<>();
        Set<String> jurors = new HashSet<>();
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            String criterion = (String) ((Map<String, Object>) item.get("criterion")).get("id");
            if (activeWeights.containsKey(criterion)) {
                scoresByCriterion.computeIfAbsent(criterion, k -> new ArrayList<>()).add(decimal(item.get("score")));
                jurors.add((String) item.get("jurorSubject"));
            }
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Map.Entry<String, List<BigDecimal>> entry : scoresByCriterion.entrySet()) {
            BigDecimal sum = entry.getValue().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal mean = sum.divide(BigDecimal.valueOf(entry.getValue().size()), 12, RoundingMode.HALF_UP);
            weighted = weighted.add(activeWeights.get(entry.getKey()).multiply(mean));
            weights = weights.add(activeWeights.get(entry.getKey()));
        }
        BigDecimal score = scoresByCriterion.isEmpty() ? null
                : weighted.divide(weights, 12, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
        @SuppressWarnings("unchecked")
        String name = (String) ((Map<String, Object>) candidate.get("organisation")).get("name");
        return new Expected(candidateId, name, score, scoresByCriterion.size(), jurors.size());
    }

    private static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }

    private static Map<String, BigDecimal> activeWeights() {
        List<Map<String, Object>> items = api(coordinator()).queryParam("active", true).queryParam("size", 100)
                .when().get("/api/v1/selection-criteria")
                .then().statusCode(200).extract().jsonPath(DECIMALS).getList("items");
        Map<String, BigDecimal> weights = new HashMap<>();
        items.forEach(c -> weights.put((String) c.get("id"), decimal(c.get("weight"))));
        return weights;
    }

    @Test
    void theDemoRoundIsRankedByTheWeightedScoreComputedIndependentlyFromItsAssessments() {
        Map<String, BigDecimal> weights = activeWeights();
        JsonPath round = api(coordinator()).when().get("/api/v1/selection-rounds/{round}", DEMO_ROUND_2026)
                .then().statusCode(200).body("status", equalTo("OPEN")).extract().jsonPath(DECIMALS);
        List<Map<String, Object>> candidates = round.getList("candidates");
        assertEquals(4, candidates.size());

        List<Expected> expected = new ArrayList<>(candidates.stream().map(c -> recompute(DEMO_ROUND_2026, c, weights)).toList());
        expected.sort(Comparator.comparing((Expected e) -> e.criteriaScored() < weights.size())
                .thenComparing(Expected::weightedScore, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Expected::organisationName));

        assertEquals(expected.stream().map(Expected::candidateId).toList(), candidates.stream().map(c -> c.get("id")).toList(),
                "complete candidates first, each group in the order of the recomputed weighted score, then name");
        long completeCount = expected.stream().filter(e -> e.criteriaScored() == weights.size()).count();
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> actual = candidates.get(i);
            Expected e = expected.get(i);
            assertEquals(0, e.weightedScore().compareTo(decimal(actual.get("weightedScore"))),
                    e.organisationName() + ": expected " + e.weightedScore() + ", API " + actual.get("weightedScore"));
            assertEquals(e.criteriaScored(), ((Number) actual.get("criteriaScored")).intValue(), e.organisationName());
            assertEquals(e.jurorCount(), ((Number) actual.get("jurorCount")).intValue(), e.organisationName());
            assertEquals(weights.size(), ((Number) actual.get("criteriaTotal")).intValue());
            boolean complete = e.criteriaScored() == weights.size();
            assertEquals(complete, actual.get("complete"), e.organisationName());
            assertEquals(complete ? i + 1 : i + 1 - completeCount, ((Number) actual.get("rank")).intValue(),
                    "incomplete candidates are ranked apart: " + e.organisationName());
            assertNull(actual.get("decision"));
        }
        assertTrue(expected.stream().anyMatch(e -> e.criteriaScored() < 8 && e.jurorCount() == 1), "one candidate is only partly scored");
        assertEquals(3, expected.stream().filter(e -> e.criteriaScored() == 8 && e.jurorCount() == 2).count());
    }

    @Test
    void weightsCountAndJurorsAreAveragedPerCriterion() {
        Map<String, String> criteria = criteria();
        api(coordinator()).when().get("/api/v1/selection-criteria/{id}", criteria.get("EXPERIENCE")).then().body("weight", equalTo(1.0f));
        api(coordinator()).when().get("/api/v1/selection-criteria/{id}", criteria.get("TRANSFERABILITY")).then().body("weight", equalTo(1.5f));
        String roundId = openRound("Runde Gewichtung");
        String broad = addCandidate(roundId, data.organisation("Breit aufgestellt"));
        String transferable = addCandidate(roundId, data.organisation("Gut übertragbar"));
        String unscored = addCandidate(roundId, data.organisation("Noch offen"));

        score(coordinator(), roundId, broad, criteria.get("EXPERIENCE"), 4);
        score(coach(), roundId, broad, criteria.get("EXPERIENCE"), 5);
        score(coordinator(), roundId, broad, criteria.get("TRANSFERABILITY"), 2);
        score(coordinator(), roundId, transferable, criteria.get("EXPERIENCE"), 1);
        score(coordinator(), roundId, transferable, criteria.get("TRANSFERABILITY"), 5);
        score(coach(), roundId, transferable, criteria.get("TRANSFERABILITY"), 4);

        // broad: (1.0 × 4.5 + 1.5 × 2) / 2.5 = 3.00; transferable: (1.0 × 1 + 1.5 × 4.5) / 2.5 = 3.10, though its plain mean is lower
        api(coach()).when().get("/api/v1/selection-rounds/{round}", roundId).then().statusCode(200)
                .body("candidates.id", contains(transferable, broad, unscored))
                .body("candidates.weightedScore", contains(3.1f, 3.0f, null))
                .body("candidates.rank", contains(1, 2, null))
                .body("candidates.criteriaScored", contains(2, 2, 0))
                .body("candidates.jurorCount", contains(2, 2, 0));
        api(coach()).when().get("/api/v1/selection-rounds/{round}/candidates/{candidate}", roundId, broad).then().statusCode(200)
                .body("rank", equalTo(2)).body("weightedScore", equalTo(3.0f));
    }

    @Test
    void equalScoresAreRankedByOrganisationName() {
        String experience = criteria().get("EXPERIENCE");
        String roundId = openRound("Runde Gleichstand");
        UUID zebra = data.organisation("Zebra-Werkstatt");
        UUID ahorn = data.organisation("Ahorn-Atelier");
        String last = addCandidate(roundId, zebra);
        String first = addCandidate(roundId, ahorn);
        score(coach(), roundId, last, experience, 3);
        score(coach(), roundId, first, experience, 3);
        api(coordinator()).when().get("/api/v1/selection-rounds/{round}", roundId).then().statusCode(200)
                .body("candidates.id", contains(first, last))
                .body("candidates.rank", contains(1, 2))
                .body("candidates[1].decision", nullValue());
    }
}

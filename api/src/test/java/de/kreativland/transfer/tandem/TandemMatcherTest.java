package de.kreativland.transfer.tandem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.partner.SettlementType;
import de.kreativland.transfer.partner.Submarket;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scoring formula without a database. */
class TandemMatcherTest {
    private static final TandemMatcher.Profile WUNSIEDEL = profile("Wunsiedel", EnumSet.of(Submarket.MUSIC, Submarket.DESIGN),
            SettlementType.SMALL_SMALL_TOWN, 50.0397, 12.0036, 10, Set.of());

    @Test
    void identicalNeighbourScoresOneAndEveryFactorExplainsItsShare() {
        TandemMatcher matcher = new TandemMatcher(WUNSIEDEL, Set.of("FINANCING"), Set.of(), Map.of("FINANCING", "Finanzierung"));
        TandemMatcher.Match match = matcher.match(profile("Wunsiedel", EnumSet.of(Submarket.MUSIC, Submarket.DESIGN),
                SettlementType.SMALL_SMALL_TOWN, 50.0397, 12.0036, 10, Set.of("FINANCING")));
        assertEquals(1.0, match.score(), 1e-9);
        assertEquals(5, match.reasons().size());
        assertEquals(MatchFactor.SUBMARKETS, match.reasons().get(0).factor(), "largest share first");
        assertEquals("0 km", reason(match, MatchFactor.DISTANCE).value());
        assertEquals("1 von 1 angefragten Themen: Finanzierung", reason(match, MatchFactor.TOPICS).value());
    }

    @Test
    void distanceIsHaversineAndLinearUpTo600Km() {
        // Wunsiedel (Fichtelgebirge) to Annaberg-Buchholz (Erzgebirge): about 80 km as the crow flies
        TandemMatcher.Profile annaberg = profile("Annaberg-Buchholz", EnumSet.of(Submarket.MUSIC), SettlementType.LARGER_SMALL_TOWN,
                50.58, 13.0, 5, Set.of());
        double km = TandemMatcher.distanceKm(WUNSIEDEL, annaberg);
        assertTrue(km > 80 && km < 95, "km " + km);
        TandemMatcher.Match match = new TandemMatcher(WUNSIEDEL, Set.of(), Set.of(), Map.of()).match(annaberg);
        SuggestionReason distance = reason(match, MatchFactor.DISTANCE);
        assertEquals(TandemMatcher.round(1 - km / 600), distance.similarity(), 0.001);
        assertEquals(0.25 * distance.similarity(), distance.share(), 0.001);
        assertEquals(0.5, reason(match, MatchFactor.SUBMARKETS).similarity(), 1e-9, "Jaccard 1 of 2");
        assertEquals(0.75, reason(match, MatchFactor.SETTLEMENT_TYPE).similarity(), 1e-9, "one step of four apart");
        assertEquals(0.5, reason(match, MatchFactor.TEAM_SIZE).similarity(), 1e-9, "5 / 10");
        assertEquals("1 gemeinsamer Teilmarkt: Musikwirtschaft", reason(match, MatchFactor.SUBMARKETS).value());
    }

    @Test
    void missingDataCountsNothingAndSaysSo() {
        TandemMatcher.Match match = new TandemMatcher(WUNSIEDEL, Set.of("FINANCING"), Set.of("MARKETING"), Map.of())
                .match(profile("Irgendwo", EnumSet.noneOf(Submarket.class), null, null, null, null, Set.of("MARKETING", "BUILDING_LAW")));
        assertEquals(0.0, reason(match, MatchFactor.SUBMARKETS).share());
        assertEquals("unbekannt", reason(match, MatchFactor.DISTANCE).value());
        assertEquals(0.0, reason(match, MatchFactor.TEAM_SIZE).share());
        // MARKETING only in a section counts half, BUILDING_LAW not at all: 0.5 / 2
        assertEquals(0.25, reason(match, MatchFactor.TOPICS).similarity(), 1e-9);
        assertEquals(0.05, match.score(), 1e-9);
    }

    @Test
    void rankingPutsTheBetterMatchFirst() {
        TandemMatcher matcher = new TandemMatcher(WUNSIEDEL, Set.of(), Set.of(), Map.of());
        TandemMatcher.Profile far = profile("Flensburg", EnumSet.of(Submarket.PRESS), SettlementType.LARGE_CITY, 54.78, 9.43, 200, Set.of());
        TandemMatcher.Profile close = profile("Selb", EnumSet.of(Submarket.DESIGN), SettlementType.SMALL_SMALL_TOWN, 50.17, 12.13, 8, Set.of());
        List<TandemMatcher.Match> ranking = matcher.rank(List.of(far, close));
        assertEquals("Selb", ranking.get(0).candidate().name());
    }

    private static SuggestionReason reason(TandemMatcher.Match match, MatchFactor factor) {
        return match.reasons().stream().filter(r -> r.factor() == factor).findFirst().orElseThrow();
    }

    private static TandemMatcher.Profile profile(String town, Set<Submarket> submarkets, SettlementType settlement, Double lat, Double lon,
            Integer team, Set<String> topics) {
        return new TandemMatcher.Profile(UUID.randomUUID(), town, town, GermanState.BY, submarkets, settlement, lat, lon, team, topics);
    }
}

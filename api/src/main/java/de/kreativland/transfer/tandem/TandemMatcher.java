package de.kreativland.transfer.tandem;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.partner.SettlementType;
import de.kreativland.transfer.partner.Submarket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The explainable matching score of a candidate tandem organisation for a best-practice organisation's
 * concept: score = Σ weight × similarity over five factors (weights in {@link MatchFactor}, adding up to 1):
 * <ul>
 * <li>SUBMARKETS: Jaccard index of the two organisations' submarkets, |A ∩ B| / |A ∪ B|;</li>
 * <li>SETTLEMENT_TYPE: 1 − (steps apart on the BBSR scale large city … rural municipality) / 4;</li>
 * <li>DISTANCE: great-circle (haversine) distance d in km between the towns, linear: max(0, 1 − d / 600);</li>
 * <li>TEAM_SIZE: smaller / larger team size (1 when both are 0);</li>
 * <li>TOPICS: share of the candidate's requested expertise topics that the concept covers; a topic of a
 * transfer-plan step counts 1, a topic only of a non-empty section (financing, marketing, building law,
 * digital infrastructure, organisation and team, offer) counts 0.5.</li>
 * </ul>
 * A factor with missing data on either side has similarity 0 and says so. Pure: no database.
 */
public final class TandemMatcher {
    /** How many candidates the SQL prefilter hands to the matcher. */
    public static final int MAX_CANDIDATES = 500;
    /** From this distance on, distance no longer contributes. */
    public static final double MAX_DISTANCE_KM = 600;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private static final Map<Submarket, String> SUBMARKET_NAMES = Map.ofEntries(
            Map.entry(Submarket.MUSIC, "Musikwirtschaft"), Map.entry(Submarket.BOOK_MARKET, "Buchmarkt"),
            Map.entry(Submarket.ART_MARKET, "Kunstmarkt"), Map.entry(Submarket.FILM, "Filmwirtschaft"),
            Map.entry(Submarket.BROADCASTING, "Rundfunkwirtschaft"), Map.entry(Submarket.PERFORMING_ARTS, "Markt für darstellende Künste"),
            Map.entry(Submarket.DESIGN, "Designwirtschaft"), Map.entry(Submarket.ARCHITECTURE, "Architekturmarkt"),
            Map.entry(Submarket.PRESS, "Pressemarkt"), Map.entry(Submarket.ADVERTISING, "Werbemarkt"),
            Map.entry(Submarket.SOFTWARE_GAMES, "Software-/Games-Industrie"), Map.entry(Submarket.OTHER, "Sonstiges"));
    private static final Map<SettlementType, String> SETTLEMENT_NAMES = Map.of(
            SettlementType.LARGE_CITY, "Großstadt", SettlementType.MEDIUM_TOWN, "Mittelstadt",
            SettlementType.LARGER_SMALL_TOWN, "größere Kleinstadt", SettlementType.SMALL_SMALL_TOWN, "kleine Kleinstadt",
            SettlementType.RURAL_MUNICIPALITY, "Landgemeinde");

    /** What the matcher compares of an organisation. */
    public record Profile(UUID id, String name, String town, GermanState state, Set<Submarket> submarkets,
            SettlementType settlementType, Double latitude, Double longitude, Integer teamSize, Set<String> requestedTopics) {
    }

    /** A candidate with its score and reasons, before ranking. */
    public record Match(Profile candidate, double score, Double distanceKm, List<SuggestionReason> reasons) {
    }

    private final Profile owner;
    private final Set<String> planTopics;
    private final Set<String> sectionTopics;
    private final Map<String, String> topicNames;

    /**
     * @param owner the best-practice organisation that owns the concept
     * @param planTopics expertise-topic keys of the concept's transfer-plan steps
     * @param sectionTopics expertise-topic keys of the concept's non-empty topical sections
     * @param topicNames German names of the expertise topics by key
     */
    public TandemMatcher(Profile owner, Set<String> planTopics, Set<String> sectionTopics, Map<String, String> topicNames) {
        this.owner = owner;
        this.planTopics = planTopics;
        this.sectionTopics = sectionTopics;
        this.topicNames = topicNames;
    }

    /** Best match first: by score, then nearer, then by name. */
    public List<Match> rank(List<Profile> candidates) {
        return candidates.stream().map(this::match)
                .sorted(Comparator.comparingDouble(Match::score).reversed()
                        .thenComparing(m -> m.distanceKm() == null ? Double.MAX_VALUE : m.distanceKm())
                        .thenComparing(m -> m.candidate().name())
                        .thenComparing(m -> m.candidate().id()))
                .toList();
    }

    public Match match(Profile candidate) {
        List<SuggestionReason> reasons = new ArrayList<>();
        reasons.add(submarkets(candidate));
        reasons.add(settlementType(candidate));
        Double km = distanceKm(owner, candidate);
        reasons.add(distance(km));
        reasons.add(teamSize(candidate));
        reasons.add(topics(candidate));
        double score = round(reasons.stream().mapToDouble(SuggestionReason::share).sum());
        List<SuggestionReason> ordered = reasons.stream()
                .sorted(Comparator.comparingDouble(SuggestionReason::share).reversed().thenComparing(SuggestionReason::factor)).toList();
        return new Match(candidate, Math.min(1, score), km, ordered);
    }

    private SuggestionReason submarkets(Profile candidate) {
        if (owner.submarkets().isEmpty() || candidate.submarkets().isEmpty()) {
            return reason(MatchFactor.SUBMARKETS, 0, "keine Angabe",
                    "Mindestens eine der beiden Organisationen hat keine Teilmärkte angegeben.");
        }
        Set<Submarket> common = new LinkedHashSet<>();
        for (Submarket s : Submarket.values()) {
            if (owner.submarkets().contains(s) && candidate.submarkets().contains(s)) {
                common.add(s);
            }
        }
        Set<Submarket> union = new LinkedHashSet<>(owner.submarkets());
        union.addAll(candidate.submarkets());
        double similarity = (double) common.size() / union.size();
        if (common.isEmpty()) {
            return reason(MatchFactor.SUBMARKETS, 0, "keine gemeinsamen Teilmärkte",
                    "Die Organisationen arbeiten in verschiedenen Teilmärkten (" + names(candidate.submarkets()) + " gegenüber "
                            + names(owner.submarkets()) + ").");
        }
        String value = common.size() == 1 ? "1 gemeinsamer Teilmarkt: " + names(common)
                : common.size() + " gemeinsame Teilmärkte: " + names(common);
        return reason(MatchFactor.SUBMARKETS, similarity, value, "Beide arbeiten im selben Teilmarkt: " + common.size() + " von "
                + union.size() + " genannten Teilmärkten sind gemeinsam, das erleichtert die Übertragung des Konzepts.");
    }

    private SuggestionReason settlementType(Profile candidate) {
        if (owner.settlementType() == null || candidate.settlementType() == null) {
            return reason(MatchFactor.SETTLEMENT_TYPE, 0, "keine Angabe",
                    "Mindestens eine der beiden Organisationen hat keinen Siedlungstyp angegeben.");
        }
        int steps = Math.abs(owner.settlementType().ordinal() - candidate.settlementType().ordinal());
        double similarity = 1 - steps / (double) (SettlementType.values().length - 1);
        String value = SETTLEMENT_NAMES.get(candidate.settlementType()) + " / " + SETTLEMENT_NAMES.get(owner.settlementType());
        String explanation = steps == 0 ? "Beide Orte haben denselben Siedlungstyp (" + SETTLEMENT_NAMES.get(owner.settlementType()) + ")."
                : "Die Siedlungstypen liegen " + steps + (steps == 1 ? " Stufe" : " Stufen") + " auseinander (von höchstens 4).";
        return reason(MatchFactor.SETTLEMENT_TYPE, similarity, value, explanation);
    }

    private static SuggestionReason distance(Double km) {
        if (km == null) {
            return reason(MatchFactor.DISTANCE, 0, "unbekannt", "Für mindestens einen der beiden Orte fehlen Koordinaten.");
        }
        double similarity = Math.max(0, 1 - km / MAX_DISTANCE_KM);
        String value = Math.round(km) + " km";
        String explanation = km >= MAX_DISTANCE_KM
                ? "Die Orte liegen " + value + " auseinander; ab " + (int) MAX_DISTANCE_KM + " km zählt die Entfernung nicht mehr."
                : "Die Orte liegen " + value + " auseinander; je näher, desto leichter sind Besuche (0 km zählt voll, ab "
                        + (int) MAX_DISTANCE_KM + " km nichts).";
        return reason(MatchFactor.DISTANCE, similarity, value, explanation);
    }

    private SuggestionReason teamSize(Profile candidate) {
        if (owner.teamSize() == null || candidate.teamSize() == null) {
            return reason(MatchFactor.TEAM_SIZE, 0, "keine Angabe",
                    "Mindestens eine der beiden Organisationen hat keine Teamgröße angegeben.");
        }
        int min = Math.min(owner.teamSize(), candidate.teamSize());
        int max = Math.max(owner.teamSize(), candidate.teamSize());
        double similarity = max == 0 ? 1 : (double) min / max;
        return reason(MatchFactor.TEAM_SIZE, similarity, candidate.teamSize() + " / " + owner.teamSize() + " Personen",
                similarity == 1 ? "Beide Teams sind gleich groß." : "Das kleinere Team ist " + percent(similarity) + " so groß wie das größere.");
    }

    private SuggestionReason topics(Profile candidate) {
        if (candidate.requestedTopics().isEmpty()) {
            return reason(MatchFactor.TOPICS, 0, "keine angefragten Themen", "Die Organisation hat keine Themen angefragt.");
        }
        List<String> requested = candidate.requestedTopics().stream().sorted().toList();
        List<String> inPlan = requested.stream().filter(planTopics::contains).toList();
        List<String> inSections = requested.stream().filter(t -> !planTopics.contains(t) && sectionTopics.contains(t)).toList();
        double similarity = (inPlan.size() + 0.5 * inSections.size()) / requested.size();
        int covered = inPlan.size() + inSections.size();
        List<String> coveredNames = new ArrayList<>();
        inPlan.forEach(k -> coveredNames.add(topicNames.getOrDefault(k, k)));
        inSections.forEach(k -> coveredNames.add(topicNames.getOrDefault(k, k)));
        String value = covered + " von " + requested.size() + " angefragten Themen" + (covered == 0 ? "" : ": " + String.join(", ", coveredNames));
        String explanation = covered == 0 ? "Das Konzept behandelt keines der Themen, die die Organisation anfragt."
                : "Das Konzept behandelt " + covered + " der " + requested.size() + " angefragten Themen: " + inPlan.size()
                        + " mit einem Schritt im Transferplan (zählt voll), " + inSections.size() + " nur in einem Abschnitt (zählt halb).";
        return reason(MatchFactor.TOPICS, similarity, value, explanation);
    }

    /** Great-circle distance in km; null when a coordinate is missing. */
    static Double distanceKm(Profile a, Profile b) {
        if (a.latitude() == null || a.longitude() == null || b.latitude() == null || b.longitude() == null) {
            return null;
        }
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static SuggestionReason reason(MatchFactor factor, double similarity, String value, String explanation) {
        double s = round(similarity);
        return new SuggestionReason(factor, factor.weight(), s, round(factor.weight() * similarity), value, explanation);
    }

    private static String names(Set<Submarket> submarkets) {
        return String.join(", ", submarkets.stream().sorted().map(SUBMARKET_NAMES::get).toList());
    }

    private static String percent(double share) {
        return String.format(Locale.GERMANY, "%d %%", Math.round(share * 100));
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

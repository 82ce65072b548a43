package de.kreativland.transfer.tandem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The factors of a tandem suggestion's score and their weights (they add up to 1). */
@Schema(description = "A factor of the matching score: SUBMARKETS (weight 0.30), SETTLEMENT_TYPE (0.15), DISTANCE (0.25), "
        + "TEAM_SIZE (0.10), TOPICS (0.20)")
public enum MatchFactor {
    SUBMARKETS(0.30), SETTLEMENT_TYPE(0.15), DISTANCE(0.25), TEAM_SIZE(0.10), TOPICS(0.20);

    private final double weight;

    MatchFactor(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}

package de.kreativland.transfer.tandem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a candidate ranks where it does: one factor, its similarity and its share of the score")
public record SuggestionReason(
        @Schema(required = true) MatchFactor factor,
        @Schema(required = true, minimum = "0", maximum = "1", description = "Weight of the factor; the weights add up to 1") double weight,
        @Schema(required = true, minimum = "0", maximum = "1", description = "How similar the candidate is in this factor, 0 to 1; 0 when data is missing")
        double similarity,
        @Schema(required = true, minimum = "0", maximum = "1", description = "Contribution to the score: weight × similarity; the shares add up to the score")
        double share,
        @Schema(required = true, example = "84 km", description = "The compared value, in German", maxLength = 2000) String value,
        @Schema(required = true, example = "Die Orte liegen 84 km auseinander.", description = "A German sentence explaining the factor",
                maxLength = 2000) String explanation) {
}

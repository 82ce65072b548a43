package de.kreativland.transfer.tandem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A candidate tandem organisation for a transfer concept, with its explainable score")
public record TandemSuggestion(
        @Schema(required = true, minimum = "1", maximum = "" + TandemMatcher.MAX_CANDIDATES, description = "1 for the best match") int rank,
        @Schema(required = true) TandemOrganisation organisation,
        @Schema(required = true, minimum = "0", maximum = "1", description = "Sum of the reasons' shares") double score,
        @Schema(required = true, description = "One reason per factor, largest share first", maxItems = 5) List<SuggestionReason> reasons) {
}

package de.kreativland.transfer.selection;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.Bounds;
import de.kreativland.transfer.common.ETags;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A candidate of a round with its weighted score, rank and decision")
public record RankedCandidate(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID roundId,
        @Schema(required = true) CandidateOrganisation organisation,
        @Schema(nullable = true, example = "3.75", description = "Σ weight × mean score over jurors / Σ weight, over the active criteria "
                + "scored so far, rounded to 2 decimals; frozen at the decision; null before the first score") BigDecimal weightedScore,
        @Schema(required = true, description = "Active criteria with at least one score", minimum = "0", maximum = Bounds.LONG_MAX) long criteriaScored,
        @Schema(required = true, description = "Active criteria of the catalogue", minimum = "0", maximum = Bounds.LONG_MAX) long criteriaTotal,
        @Schema(required = true, description = "Jurors who scored at least one active criterion", minimum = "0", maximum = Bounds.LONG_MAX) long jurorCount,
        @Schema(required = true, description = "Scored on every active criterion; incomplete candidates are ranked apart, after the complete ones")
        boolean complete,
        @Schema(nullable = true, description = "1 for the best weighted score among the complete candidates, or among the incomplete ones; "
                + "null while unscored", minimum = "1", maximum = Bounds.LONG_MAX) Long rank,
        @Schema(nullable = true) SelectionDecision decision,
        @Schema(nullable = true, maxLength = 2000) String rationale,
        @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true, description = "Name of the person who decided", maxLength = CurrentUser.MAX_NAME) String decidedBy,
        @Schema(nullable = true, description = "Why it was decided although incomplete", maxLength = 2000) String incompleteScoringReason,
        @Schema(required = true, description = "The candidacy's version: send it quoted as If-Match when deciding", minimum = "0",
                maximum = ETags.MAX_VERSION) long version) {
}

package de.kreativland.transfer.selection;

import de.kreativland.transfer.account.CurrentUser;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One decision on a candidate, kept when a later decision revises it")
public record DecisionRecord(
        @Schema(required = true) UUID candidateId,
        @Schema(required = true) SelectionDecision decision,
        @Schema(required = true, maxLength = 2000) String rationale,
        @Schema(nullable = true, description = "Why it was decided although not every active criterion was scored", maxLength = 2000)
        String incompleteScoringReason,
        @Schema(required = true, description = "Name of the person who decided", maxLength = CurrentUser.MAX_NAME) String decidedBy,
        @Schema(required = true) OffsetDateTime decidedAt) {
}

package de.kreativland.transfer.selection;

import de.kreativland.transfer.account.CurrentUser;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisation's candidacy in one round: score, decision and every assessment")
public record Candidacy(
        @Schema(required = true) UUID candidateId,
        @Schema(required = true) RoundRef round,
        @Schema(nullable = true, description = "Weighted score as in the round's ranking") BigDecimal weightedScore,
        @Schema(nullable = true) SelectionDecision decision,
        @Schema(nullable = true, maxLength = 2000) String rationale,
        @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true, description = "Name of the person who decided", maxLength = CurrentUser.MAX_NAME) String decidedBy,
        @Schema(required = true, maxItems = AssessmentService.MAX_PER_CANDIDATE) List<JurorAssessment> assessments,
        @Schema(required = true, description = "Every decision on the candidacy with its reason, oldest first; the last one stands",
                maxItems = AssessmentService.MAX_DECISIONS) List<DecisionRecord> decisions) {
}

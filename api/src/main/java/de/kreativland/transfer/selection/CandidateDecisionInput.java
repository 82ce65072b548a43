package de.kreativland.transfer.selection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The coordinator's decision on a candidate and why")
public record CandidateDecisionInput(
        @Schema(required = true) @NotNull SelectionDecision decision,
        @Schema(required = true, description = "Why; stays on the organisation's internal profile") @NotBlank @Size(max = 2000) String rationale,
        @Schema(nullable = true, description = "Required when the candidate is not scored on every active criterion: why it is decided anyway",
                maxLength = 2000) @Size(max = 2000) String incompleteScoringReason) {
}

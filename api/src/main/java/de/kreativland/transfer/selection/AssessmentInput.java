package de.kreativland.transfer.selection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's score of a candidate on one criterion, with the evidence for it")
public record AssessmentInput(
        @Schema(required = true, minimum = "0", maximum = "5") @NotNull @Min(0) @Max(5) Integer score,
        @Schema(required = true, description = "What the score rests on") @NotBlank @Size(max = 5000) String evidence) {
}

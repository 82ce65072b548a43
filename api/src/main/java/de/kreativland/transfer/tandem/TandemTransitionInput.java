package de.kreativland.transfer.tandem;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A lifecycle step of a tandem; CANCELLED needs a reason")
public record TandemTransitionInput(
        @Schema(required = true) @NotNull TandemStatus to,
        @Schema(nullable = true, maxLength = 2000, description = "Why; required for CANCELLED, kept in the history") @Size(max = 2000) String reason) {
}

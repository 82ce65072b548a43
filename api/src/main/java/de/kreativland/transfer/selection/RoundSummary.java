package de.kreativland.transfer.selection;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A selection round in the list of rounds")
public record RoundSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "Auswahlrunde 2026", maxLength = 200) String name,
        @Schema(nullable = true, maxLength = 2000) String description,
        @Schema(required = true) RoundStatus status,
        @Schema(required = true, minimum = "0", maximum = "" + SelectionRoundService.MAX_CANDIDATES) long candidateCount,
        @Schema(required = true, description = "Candidates with a decision", minimum = "0", maximum = "" + SelectionRoundService.MAX_CANDIDATES) long decidedCount,
        @Schema(required = true) OffsetDateTime createdAt) {
}

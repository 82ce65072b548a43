package de.kreativland.transfer.concept;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A submitted version in a list")
public record ConceptVersionSummary(
        @Schema(required = true) int number,
        @Schema(required = true) String title,
        @Schema(required = true) OffsetDateTime submittedAt,
        @Schema(required = true) String submittedByName,
        @Schema(required = true) boolean published) {
}

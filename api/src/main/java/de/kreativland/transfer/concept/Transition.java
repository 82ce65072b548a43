package de.kreativland.transfer.concept;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One step in a concept's history")
public record Transition(
        @Schema(required = true) ConceptStatus from,
        @Schema(required = true) ConceptStatus to,
        @Schema(nullable = true, description = "The version submitted with this step, or current at it") Integer versionNumber,
        @Schema(nullable = true) String note,
        @Schema(required = true, description = "Display name of who took the step") String actorName,
        @Schema(required = true) OffsetDateTime at) {
}

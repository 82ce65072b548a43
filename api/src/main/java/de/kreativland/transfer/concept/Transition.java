package de.kreativland.transfer.concept;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.Bounds;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One step in a concept's history")
public record Transition(
        @Schema(required = true) ConceptStatus from,
        @Schema(required = true) ConceptStatus to,
        @Schema(nullable = true, description = "The version submitted with this step, or current at it", minimum = "0", maximum = Bounds.INT_MAX)
        Integer versionNumber,
        @Schema(nullable = true, maxLength = 2000) String note,
        @Schema(required = true, description = "Display name of who took the step", maxLength = CurrentUser.MAX_NAME) String actorName,
        @Schema(required = true) OffsetDateTime at) {
}

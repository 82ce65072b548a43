package de.kreativland.transfer.concept;

import de.kreativland.transfer.common.Bounds;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A transfer concept in a list")
public record ConceptSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID organisationId,
        @Schema(required = true, maxLength = 200) String organisationName,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true) ConceptStatus status,
        @Schema(required = true, description = "Number of the latest submitted version; 0 before the first submission",
                minimum = "0", maximum = Bounds.INT_MAX) int currentVersionNumber,
        @Schema(nullable = true, minimum = "1", maximum = Bounds.INT_MAX) Integer publishedVersionNumber,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(required = true) OffsetDateTime updatedAt) {
}

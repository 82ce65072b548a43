package de.kreativland.transfer.concept;

import de.kreativland.transfer.common.Bounds;
import de.kreativland.transfer.common.ETags;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A transfer concept. Its owner, assigned coaches and staff see the working copy; everybody else sees the published version.")
public record Concept(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The best-practice organisation that owns the concept") UUID organisationId,
        @Schema(required = true, maxLength = 200) String organisationName,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true) ConceptStatus status,
        @Schema(required = true) ConceptSections sections,
        @Schema(nullable = true, description = "The version whose content is shown; absent when the working copy is shown",
                minimum = "1", maximum = Bounds.INT_MAX) Integer shownVersionNumber,
        @Schema(required = true, description = "Number of the latest submitted version; 0 before the first submission",
                minimum = "0", maximum = Bounds.INT_MAX) int currentVersionNumber,
        @Schema(nullable = true, description = "The version that is published", minimum = "1", maximum = Bounds.INT_MAX) Integer publishedVersionNumber,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "Version of the working copy; the ETag", minimum = "0", maximum = ETags.MAX_VERSION) long version,
        @Schema(nullable = true, description = "The transitions the caller may take now; absent for readers of the published version only",
                maxItems = 6)
        List<ConceptStatus> availableTransitions) {
}

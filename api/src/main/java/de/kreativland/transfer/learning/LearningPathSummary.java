package de.kreativland.transfer.learning;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A learning path in a list")
public record LearningPathSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Stable URL name", maxLength = 120, pattern = LearningModuleInput.SLUG) String slug,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true) Visibility visibility,
        @Schema(required = true) PathStatus status,
        @Schema(required = true, description = "Modules of the path the caller may read", minimum = "0", maximum = "50") int moduleCount,
        @Schema(nullable = true) OffsetDateTime publishedAt) {
}

package de.kreativland.transfer.learning;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A learning path in a list")
public record LearningPathSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Stable URL name") String slug,
        @Schema(required = true) String title,
        @Schema(required = true) Visibility visibility,
        @Schema(required = true) PathStatus status,
        @Schema(required = true, description = "Modules of the path the caller may read") int moduleCount,
        @Schema(nullable = true) OffsetDateTime publishedAt) {
}

package de.kreativland.transfer.learning;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether the caller has marked one module done")
public record ModuleProgress(
        @Schema(required = true) UUID moduleId,
        @Schema(required = true, maxLength = 120, pattern = LearningModuleInput.SLUG) String slug,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true) boolean done,
        @Schema(nullable = true) OffsetDateTime completedAt) {
}

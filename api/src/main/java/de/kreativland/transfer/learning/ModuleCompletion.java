package de.kreativland.transfer.learning;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A module the caller marked done")
public record ModuleCompletion(
        @Schema(required = true) UUID moduleId,
        @Schema(required = true, maxLength = 120, pattern = LearningModuleInput.SLUG) String slug,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true) OffsetDateTime completedAt) {
}

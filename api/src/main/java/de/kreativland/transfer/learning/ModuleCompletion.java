package de.kreativland.transfer.learning;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A module the caller marked done")
public record ModuleCompletion(
        @Schema(required = true) UUID moduleId,
        @Schema(required = true) String slug,
        @Schema(required = true) String title,
        @Schema(required = true) OffsetDateTime completedAt) {
}

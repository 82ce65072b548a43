package de.kreativland.transfer.learning;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's progress on a learning path: modules done of the path's published modules the caller may read")
public record PathProgress(
        @Schema(required = true) UUID pathId,
        @Schema(required = true, minimum = "0", maximum = "50") int done,
        @Schema(required = true, minimum = "0", maximum = "50") int total,
        @Schema(required = true, description = "done / total in whole percent, rounded down; 0 for an empty path", minimum = "0", maximum = "100") int percent,
        @Schema(required = true, description = "The path's modules in order", maxItems = 50) List<ModuleProgress> modules) {
}

package de.kreativland.transfer.learning;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's progress on a learning path: modules done of the path's published modules the caller may read")
public record PathProgress(
        @Schema(required = true) UUID pathId,
        @Schema(required = true) int done,
        @Schema(required = true) int total,
        @Schema(required = true, description = "done / total in whole percent, rounded down; 0 for an empty path") int percent,
        @Schema(required = true, description = "The path's modules in order") List<ModuleProgress> modules) {
}

package de.kreativland.transfer.coach;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of coaching assignments")
public record CoachingAssignmentPage(
        @Schema(required = true) List<CoachingAssignmentSummary> items,
        @Schema(required = true, description = "Zero-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}

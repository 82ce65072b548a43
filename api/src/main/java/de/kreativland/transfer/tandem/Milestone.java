package de.kreativland.transfer.tandem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A milestone of a tandem: one step of the concept's transfer plan, adapted by the tandem")
public record Milestone(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID tandemId,
        @Schema(required = true, minimum = "1", description = "Position of the step in the transfer plan") int position,
        @Schema(required = true) String title,
        @Schema(nullable = true, description = "Markdown, from the transfer plan") String description,
        @Schema(required = true, description = "Key of the expertise topic") String topic,
        @Schema(nullable = true, description = "How long the step typically takes, from the transfer plan") String typicalDuration,
        @Schema(nullable = true) LocalDate dueOn,
        @Schema(nullable = true, description = "The organisation responsible: the best-practice or the tandem organisation") UUID ownerOrganisationId,
        @Schema(required = true) MilestoneStatus status,
        @Schema(nullable = true, description = "Day it was set DONE") LocalDate doneOn,
        @Schema(nullable = true, description = "How the tandem adapts the step") String adaptationNotes,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "Also the ETag") long version) {
}

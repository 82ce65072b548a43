package de.kreativland.transfer.tandem;

import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.concept.ConceptSections;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A milestone of a tandem: one step of the concept's transfer plan, adapted by the tandem")
public record Milestone(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID tandemId,
        @Schema(required = true, minimum = "1", maximum = "" + ConceptSections.MAX_STEPS, description = "Position of the step in the transfer plan") int position,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(nullable = true, description = "Markdown, from the transfer plan", maxLength = 5000) String description,
        @Schema(required = true, description = "Key of the expertise topic", maxLength = 60) String topic,
        @Schema(nullable = true, description = "How long the step typically takes, from the transfer plan", maxLength = 100) String typicalDuration,
        @Schema(nullable = true) LocalDate dueOn,
        @Schema(nullable = true, description = "The organisation responsible: the best-practice or the tandem organisation") UUID ownerOrganisationId,
        @Schema(required = true) MilestoneStatus status,
        @Schema(nullable = true, description = "Day it was set DONE") LocalDate doneOn,
        @Schema(required = true, description = "True when its tandem is ACTIVE, its due date has passed and it is not done") boolean overdue,
        @Schema(nullable = true, description = "How the tandem adapts the step", maxLength = 5000) String adaptationNotes,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "Also the ETag", minimum = "0", maximum = ETags.MAX_VERSION) long version) {
}

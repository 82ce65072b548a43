package de.kreativland.transfer.coach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coaching session; visible to the assignment's coach, staff and the organisation's members")
public record CoachingSessionDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID assignmentId,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true, minimum = "15", maximum = "1440") int durationMinutes,
        @Schema(required = true, description = "Key of the expertise topic discussed", maxLength = 40) String topic,
        @Schema(required = true) SessionFormat format,
        @Schema(nullable = true, maxLength = 10000) String notes,
        @Schema(nullable = true, description = "Agreed next steps", maxLength = 4000) String nextSteps,
        @Schema(nullable = true, description = "Why the session was logged beyond the hour budget", maxLength = 2000) String overBudgetReason,
        @Schema(required = true) OffsetDateTime createdAt) {
}

package de.kreativland.transfer.tandem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An activity of a tandem")
public record TandemActivityDetails(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID tandemId,
        @Schema(required = true) ActivityType type,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true) String participants,
        @Schema(nullable = true) String notes,
        @Schema(required = true, description = "Display name of who logged it") String createdByName,
        @Schema(required = true) OffsetDateTime createdAt) {
}

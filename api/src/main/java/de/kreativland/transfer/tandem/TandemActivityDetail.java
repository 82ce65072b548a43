package de.kreativland.transfer.tandem;

import de.kreativland.transfer.account.CurrentUser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An activity of a tandem")
public record TandemActivityDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID tandemId,
        @Schema(required = true) ActivityType type,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true, maxLength = 2000) String participants,
        @Schema(nullable = true, maxLength = 10000) String notes,
        @Schema(required = true, description = "Display name of who logged it", maxLength = CurrentUser.MAX_NAME) String createdByName,
        @Schema(required = true) OffsetDateTime createdAt) {
}

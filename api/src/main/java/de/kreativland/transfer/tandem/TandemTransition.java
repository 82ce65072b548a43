package de.kreativland.transfer.tandem;

import de.kreativland.transfer.account.CurrentUser;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One step in a tandem's history; the first one (from absent) is its proposal")
public record TandemTransition(
        @Schema(nullable = true, description = "Absent for the proposal") TandemStatus from,
        @Schema(required = true) TandemStatus to,
        @Schema(nullable = true, maxLength = 2000) String reason,
        @Schema(required = true, description = "Display name of who took the step", maxLength = CurrentUser.MAX_NAME) String actorName,
        @Schema(required = true) OffsetDateTime at) {
}

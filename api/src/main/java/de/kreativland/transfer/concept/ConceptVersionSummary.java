package de.kreativland.transfer.concept;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.Bounds;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A submitted version in a list")
public record ConceptVersionSummary(
        @Schema(required = true, minimum = "1", maximum = Bounds.INT_MAX) int number,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true) OffsetDateTime submittedAt,
        @Schema(required = true, maxLength = CurrentUser.MAX_NAME) String submittedByName,
        @Schema(required = true) boolean published) {
}

package de.kreativland.transfer.concept;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.common.Bounds;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The immutable content of one submission")
public record ConceptVersion(
        @Schema(required = true) UUID conceptId,
        @Schema(required = true, description = "1 for the first submission, counting up", minimum = "1", maximum = Bounds.INT_MAX) int number,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true) ConceptSections sections,
        @Schema(required = true) OffsetDateTime submittedAt,
        @Schema(required = true, description = "Display name of who submitted it", maxLength = CurrentUser.MAX_NAME) String submittedByName,
        @Schema(required = true, description = "Whether this is the published version") boolean published) {
}

package de.kreativland.transfer.selection;

import de.kreativland.transfer.common.ETags;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One juror's score of a candidate on one criterion, with the evidence")
public record JurorAssessment(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID candidateId,
        @Schema(required = true) CriterionRef criterion,
        @Schema(required = true, description = "Keycloak subject of the juror", maxLength = 255) String jurorSubject,
        @Schema(required = true, maxLength = 255) String jurorName,
        @Schema(required = true, minimum = "0", maximum = "5") int score,
        @Schema(required = true, maxLength = 5000) String evidence,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "Version; send it quoted as If-Match to update", minimum = "0", maximum = ETags.MAX_VERSION) long version) {
}

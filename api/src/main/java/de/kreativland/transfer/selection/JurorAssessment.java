package de.kreativland.transfer.selection;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One juror's score of a candidate on one criterion, with the evidence")
public record JurorAssessment(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID candidateId,
        @Schema(required = true) CriterionRef criterion,
        @Schema(required = true, description = "Keycloak subject of the juror") String jurorSubject,
        @Schema(required = true) String jurorName,
        @Schema(required = true, minimum = "0", maximum = "5") int score,
        @Schema(required = true) String evidence,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "Version; send it quoted as If-Match to update") long version) {
}

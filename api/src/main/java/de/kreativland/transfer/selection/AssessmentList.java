package de.kreativland.transfer.selection;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every juror's assessments of one candidate, by criterion order and juror name")
public record AssessmentList(
        @Schema(required = true) UUID candidateId,
        @Schema(required = true, maxItems = AssessmentService.MAX_PER_CANDIDATE) List<JurorAssessment> items) {
}

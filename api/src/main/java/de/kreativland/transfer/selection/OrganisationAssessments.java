package de.kreativland.transfer.selection;

import de.kreativland.transfer.account.OrganisationRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The selection evidence on an organisation's internal profile: every round it was a candidate in")
public record OrganisationAssessments(
        @Schema(required = true) OrganisationRef organisation,
        @Schema(required = true, description = "Newest round first", maxItems = AssessmentService.MAX_CANDIDACIES) List<Candidacy> candidacies) {
}

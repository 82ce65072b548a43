package de.kreativland.transfer.selection;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisation to add to a round as a candidate")
public record CandidateInput(@Schema(required = true) @NotNull UUID organisationId) {
}

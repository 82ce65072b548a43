package de.kreativland.transfer.tandem;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The editable fields of a milestone, replaced as a whole; absent fields become empty")
public record MilestoneInput(
        @Schema(nullable = true) LocalDate dueOn,
        @Schema(nullable = true, description = "The best-practice or the tandem organisation of this tandem") UUID ownerOrganisationId,
        @Schema(required = true) @NotNull MilestoneStatus status,
        @Schema(nullable = true, maxLength = 5000) @Size(max = 5000) String adaptationNotes) {
}

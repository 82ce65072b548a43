package de.kreativland.transfer.partner;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Invites somebody into an organisation")
public record InvitationInput(
        @NotNull @Schema(required = true) UUID organisationId,
        @NotNull @Schema(required = true, description = "The realm role the person must hold to redeem it") InvitationRole role,
        @Min(1) @Max(90) @Schema(description = "Days until the link expires (default 14)", minimum = "1", maximum = "90", defaultValue = "14") Integer validDays) {
}

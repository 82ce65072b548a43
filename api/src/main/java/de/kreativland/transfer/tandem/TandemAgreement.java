package de.kreativland.transfer.tandem;

import de.kreativland.transfer.account.CurrentUser;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One organisation's agreement to a proposed tandem; it becomes AGREED when both have agreed")
public record TandemAgreement(
        @Schema(required = true) UUID organisationId,
        @Schema(required = true, description = "True once a member of this organisation has agreed") boolean agreed,
        @Schema(nullable = true) OffsetDateTime agreedAt,
        @Schema(nullable = true, description = "Display name of the member who agreed", maxLength = CurrentUser.MAX_NAME) String agreedByName) {
}

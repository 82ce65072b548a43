package de.kreativland.transfer.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A registration as its holder sees it (via the cancel token)")
public record Registration(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID eventId,
        @Schema(required = true, maxLength = 300) String eventTitle,
        @Schema(required = true) RegistrationStatus status,
        @Schema(nullable = true, description = "Place on the waiting list, 1 is next", minimum = "1", maximum = "100000") Integer waitlistPosition,
        @Schema(nullable = true, description = "When a place was given (at registration or on moving up)") OffsetDateTime confirmedAt,
        @Schema(nullable = true, description = "When it moved up from the waiting list") OffsetDateTime movedUpAt,
        @Schema(nullable = true) OffsetDateTime cancelledAt,
        @Schema(nullable = true, description = "Only in the answer to the registration: the secret that cancels it (keep it; it is not stored)",
                maxLength = 100) String cancelToken) {
}

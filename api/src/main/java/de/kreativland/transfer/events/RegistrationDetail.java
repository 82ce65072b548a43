package de.kreativland.transfer.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A registration as staff see it")
public record RegistrationDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, maxLength = 254) String email,
        @Schema(required = true) RegistrationStatus status,
        @Schema(required = true) OffsetDateTime registeredAt,
        @Schema(nullable = true) OffsetDateTime confirmedAt,
        @Schema(nullable = true) OffsetDateTime movedUpAt,
        @Schema(nullable = true) OffsetDateTime cancelledAt) {
}

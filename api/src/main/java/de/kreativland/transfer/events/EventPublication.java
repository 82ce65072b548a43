package de.kreativland.transfer.events;

import de.kreativland.transfer.common.ETags;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How an event shows on the public calendar (staff view)")
public record EventPublication(
        @Schema(required = true) UUID eventId,
        @Schema(required = true) boolean isPublic,
        @Schema(nullable = true, maxLength = 20000) String description,
        @Schema(nullable = true, maxLength = 5) String startsAt,
        @Schema(nullable = true) LocalDate endsOn,
        @Schema(nullable = true, maxLength = 300) String venue,
        @Schema(nullable = true, maxLength = 200) String destination,
        @Schema(nullable = true, maxLength = 2) String country,
        @Schema(nullable = true, maxLength = 200) String partnerEvent,
        @Schema(nullable = true, minimum = "1", maximum = "100000") Integer capacity,
        @Schema(required = true, description = "Whether staff opened registration (it also needs a capacity and a day not yet past)") boolean registrationOpen,
        @Schema(required = true, minimum = "0", maximum = "100000") long confirmed,
        @Schema(required = true, minimum = "0", maximum = "100000") long waitlisted,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {
}

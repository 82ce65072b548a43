package de.kreativland.transfer.events;

import de.kreativland.transfer.metrics.EventType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An event on the public calendar")
public record PublicEventDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true) EventType type,
        @Schema(required = true, description = "First day") LocalDate startsOn,
        @Schema(required = true, description = "Last day (the first for one-day events)") LocalDate endsOn,
        @Schema(nullable = true, description = "Start time in Europe/Berlin, HH:mm", maxLength = 5) String startsAt,
        @Schema(required = true, maxLength = 100) String town,
        @Schema(nullable = true, maxLength = 300) String venue,
        @Schema(nullable = true, maxLength = 200) String destination,
        @Schema(nullable = true, maxLength = 2) String country,
        @Schema(nullable = true, maxLength = 200) String partnerEvent,
        @Schema(nullable = true, description = "Markdown", maxLength = 20000) String description,
        @Schema(nullable = true, description = "The description as HTML (raw HTML escaped)", maxLength = 100000) String descriptionHtml,
        @Schema(nullable = true, description = "Places; none when the event takes no registrations", minimum = "1", maximum = "100000") Integer capacity,
        @Schema(nullable = true, description = "Places left", minimum = "0", maximum = "100000") Integer placesLeft,
        @Schema(required = true, description = "People on the waiting list", minimum = "0", maximum = "100000") long waitlisted,
        @Schema(required = true, description = "Whether registration is open (a capacity, staff opened it, and the event has not begun)") boolean registrationOpen) {
}

package de.kreativland.transfer.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether and how an event shows on the public calendar")
public record EventPublicationInput(
        @Schema(required = true) @NotNull Boolean isPublic,
        @Schema(nullable = true, description = "What visitors read (Markdown)", maxLength = 20000) @Size(max = 20000) String description,
        @Schema(nullable = true, description = "Start time (Europe/Berlin), HH:mm; none for all-day events and trips", maxLength = 5, pattern = EventPublicationInput.TIME)
        @Size(max = 5) @Pattern(regexp = EventPublicationInput.TIME, message = "must be a time HH:mm") String startsAt,
        @Schema(nullable = true, description = "Last day of a multi-day event or trip") LocalDate endsOn,
        @Schema(nullable = true, maxLength = 300) @Size(max = 300) String venue,
        @Schema(nullable = true, description = "Trips: the destination", maxLength = 200) @Size(max = 200) String destination,
        @Schema(nullable = true, description = "Trips: ISO 3166-1 country code", maxLength = 2, pattern = "^[A-Z]{2}$") @Size(max = 2) @Pattern(regexp = "^[A-Z]{2}$", message = "must be a two-letter country code") String country,
        @Schema(nullable = true, description = "Trips: the partner event visited, such as designblok", maxLength = 200) @Size(max = 200) String partnerEvent,
        @Schema(nullable = true, description = "Places for registrations; none: no registration", minimum = "1", maximum = "100000") @Min(1) @Max(100000) Integer capacity,
        @Schema(nullable = true, description = "Whether visitors may register now (with a capacity); absent: open") Boolean registrationOpen) {
    static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
}

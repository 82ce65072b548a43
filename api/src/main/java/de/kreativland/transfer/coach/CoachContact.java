package de.kreativland.transfer.coach;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Contact data of a coach (personal data)")
public record CoachContact(
        @Schema(nullable = true, format = "email", maxLength = 254) String email,
        @Schema(nullable = true, maxLength = 40) String phone) {
}

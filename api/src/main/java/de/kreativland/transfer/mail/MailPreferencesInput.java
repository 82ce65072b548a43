package de.kreativland.transfer.mail;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "New mail preferences; the address always comes from the account")
public record MailPreferencesInput(
        @Schema(required = true, pattern = "^(de|en)$", maxLength = 2) @NotNull @Pattern(regexp = "^(de|en)$") String language,
        @Schema(required = true) @NotNull Boolean conceptSubmitted,
        @Schema(required = true) @NotNull Boolean conceptReviewed,
        @Schema(required = true) @NotNull Boolean moduleSubmitted,
        @Schema(required = true) @NotNull Boolean milestoneDue) {
}

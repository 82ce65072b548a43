package de.kreativland.transfer.portrait;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A photo of a portrait: where it lies, what it shows (alt text) and whom to credit")
public record PortraitPhoto(
        @Schema(required = true, maxLength = 500, pattern = Portrait.HTTP_URL) @NotBlank @Size(max = 500) @Pattern(regexp = Portrait.HTTP_URL, message = "must be an http(s) URL") String url,
        @Schema(required = true, description = "Alternative text for people who cannot see the photo", maxLength = 300) @NotBlank @Size(max = 300) String alt,
        @Schema(required = true, description = "Photographer or rights holder", maxLength = 200) @NotBlank @Size(max = 200) String credit) {
}

package de.kreativland.transfer.mail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The signed token from a newsletter link")
public record NewsletterToken(@Schema(required = true, maxLength = 500) @NotBlank @Size(max = 500) String token) {
}

package de.kreativland.transfer.mail;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a subscription stands after the step: PENDING until confirmed by the link in the mail")
public record NewsletterStatus(@Schema(required = true, pattern = "^(PENDING|CONFIRMED|UNSUBSCRIBED)$", maxLength = 12) String status) {
}

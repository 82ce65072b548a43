package de.kreativland.transfer.coach;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a coaching session was held")
public enum SessionFormat {
    ON_SITE, VIDEO, PHONE, WORKSHOP
}

package de.kreativland.transfer.learning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether an author is a coach or an organisation")
public enum AuthorKind {
    COACH, ORGANISATION
}

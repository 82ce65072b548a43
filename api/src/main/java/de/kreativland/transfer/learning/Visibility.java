package de.kreativland.transfer.learning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who reads published learning content: everybody (PUBLIC) or signed-in programme participants (PARTICIPANTS)")
public enum Visibility {
    PUBLIC, PARTICIPANTS
}

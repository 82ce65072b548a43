package de.kreativland.transfer.selection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OPEN rounds take candidates, scores and decisions; CLOSED rounds are read-only")
public enum RoundStatus {
    OPEN, CLOSED
}

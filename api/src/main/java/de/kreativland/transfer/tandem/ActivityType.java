package de.kreativland.transfer.tandem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of a tandem activity")
public enum ActivityType {
    MEETING, VISIT, CALL, WORKSHOP;

    public static final String PATTERN = "^(MEETING|VISIT|CALL|WORKSHOP)$";
}

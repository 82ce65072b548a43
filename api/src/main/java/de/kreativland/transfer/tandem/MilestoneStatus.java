package de.kreativland.transfer.tandem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Status of a milestone; the tandem's progress is the share of DONE milestones")
public enum MilestoneStatus {
    OPEN, IN_PROGRESS, DONE
}

package de.kreativland.transfer.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Role of an organisation in the programme")
public enum ProgrammeRole {
    CANDIDATE, BEST_PRACTICE, TANDEM
}

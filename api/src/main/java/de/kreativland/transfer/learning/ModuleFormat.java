package de.kreativland.transfer.learning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of learning module")
public enum ModuleFormat {
    ARTICLE, CHECKLIST, TEMPLATE, VIDEO_LINK, CASE_STUDY
}

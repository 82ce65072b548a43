package de.kreativland.transfer.learning;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of an attachment upload, for the contract only. */
@Schema(description = "A file to attach: PDF, PNG, JPEG, UTF-8 text (.txt, .md, .csv), DOCX, XLSX, PPTX, ODT, ODS, ODP; at most 10 MB")
public class AttachmentUpload {
    @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "The file; its name's extension must match its content",
            maxLength = (int) AttachmentTypes.MAX_BYTES)
    public String file;
}

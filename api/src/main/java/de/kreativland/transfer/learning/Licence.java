package de.kreativland.transfer.learning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Licence of a learning module: CC BY-SA 4.0 (default), CC BY 4.0, CC0 1.0 or all rights reserved")
public enum Licence {
    CC_BY_SA_4_0, CC_BY_4_0, CC0_1_0, ALL_RIGHTS_RESERVED
}

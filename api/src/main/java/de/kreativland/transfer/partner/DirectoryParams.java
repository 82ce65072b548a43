package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Query parameters of every organisation list; parsed and checked by {@link DirectoryFilter}, which refuses
 * more values of a filter than it has distinct ones (the maxItems below).
 */
public class DirectoryParams {
    @QueryParam("state")
    @Parameter(description = "States (repeat the parameter for several)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = GermanState.class, maxItems = 16))
    public List<String> states;

    @QueryParam("submarket")
    @Parameter(description = "Submarkets; matches organisations active in any of them",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Submarket.class, maxItems = 12))
    public List<String> submarkets;

    @QueryParam("settlementType")
    @Parameter(description = "Settlement types", schema = @Schema(type = SchemaType.ARRAY, implementation = SettlementType.class, maxItems = 5))
    public List<String> settlementTypes;

    @QueryParam("programmeRole")
    @Parameter(description = "Programme roles", schema = @Schema(type = SchemaType.ARRAY, implementation = ProgrammeRole.class, maxItems = 3))
    public List<String> programmeRoles;

    @QueryParam("kind")
    @Parameter(description = "Kinds of organisation", schema = @Schema(type = SchemaType.ARRAY, implementation = OrganisationKind.class, maxItems = 7))
    public List<String> kinds;

    @QueryParam("q")
    @Parameter(description = "German full-text search over name, description and town (any inflection)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("sort")
    @Parameter(description = "Sort order: " + DirectoryFilter.SORT_VALUES + " (default: relevance with q, else name)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"name", "-name", "town", "-town", "foundingYear", "-foundingYear", "relevance"}))
    public String sort;

    public DirectoryFilter filter() {
        return DirectoryFilter.parse(states, submarkets, settlementTypes, programmeRoles, kinds, q, sort);
    }
}

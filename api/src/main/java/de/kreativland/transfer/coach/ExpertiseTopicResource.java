package de.kreativland.transfer.coach;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/expertise-topics")
@Tag(name = "Coaches")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertiseTopicResource {
    @Inject
    ExpertiseTopics topics;

    @GET
    @PermitAll
    @Operation(operationId = "listExpertiseTopics", summary = "Topics coaches advise on",
            description = "The short, fixed list of expertise topics in display order; readable without login.")
    @APIResponse(responseCode = "200", description = "The topics", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ExpertiseTopic.class, maxItems = ExpertiseTopics.MAX_TOPICS)))
    public List<ExpertiseTopic> list() {
        return topics.list();
    }
}

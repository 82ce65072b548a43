package de.kreativland.transfer.learning;

import de.kreativland.transfer.common.PersonalData;
import de.kreativland.transfer.common.PageParams;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/learning-progress")
@Tag(name = "Learning space")
@Produces(MediaType.APPLICATION_JSON)
@PersonalData
public class MyLearningProgressResource {
    @Inject
    LearningProgressService progress;

    @GET
    @Authenticated
    @Operation(operationId = "getMyLearningProgress", summary = "The modules the caller marked done",
            description = "Any signed-in user, only its own progress; latest first.")
    public ModuleCompletionPage mine(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageParams.MAX_PAGE) @Parameter(description = PageParams.PAGE_DESCRIPTION) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageParams.MAX_SIZE) @Parameter(description = PageParams.SIZE_DESCRIPTION) int size) {
        return progress.mine(new PageParams(page, size));
    }
}

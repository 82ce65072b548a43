package de.kreativland.transfer.learning;

import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.PersonalData;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public Page<ModuleCompletion> mine(
            @BeanParam Paging.Standard pageQuery) {
        return progress.mine(pageQuery.params());
    }
}

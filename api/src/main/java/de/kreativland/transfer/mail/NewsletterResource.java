package de.kreativland.transfer.mail;

import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.Paging;
import de.kreativland.transfer.common.Roles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/newsletter")
@Tag(name = "Newsletter")
@Produces(MediaType.APPLICATION_JSON)
public class NewsletterResource {
    @Inject
    NewsletterService newsletter;

    @GET
    @Path("/consent")
    @PermitAll
    @Operation(operationId = "getNewsletterConsent", summary = "The consent text of the sign-up form",
            description = "Shown beside the form; its version is sent with the sign-up and recorded with the text.")
    public NewsletterConsent consent(@QueryParam("language") @Size(max = 2) @Pattern(regexp = "^(de|en)$")
            @Parameter(description = "de (default) or en") String language) {
        return newsletter.consent(language);
    }

    @POST
    @Path("/subscriptions")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signUpForNewsletter", summary = "Sign up for the newsletter (double opt-in)",
            description = "Records the consent and mails a confirmation link that expires; nothing is sent until it is opened. "
                    + "Answers the same for every address, so it reveals no subscriber.")
    @APIResponse(responseCode = "202", description = "A confirmation mail is on its way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewsletterStatus.class)))
    public RestResponse<NewsletterStatus> signUp(@Valid @NotNull NewsletterSignUp input, @Context HttpServerRequest http) {
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        return RestResponse.status(RestResponse.Status.ACCEPTED, newsletter.signUp(input, address));
    }

    @POST
    @Path("/confirmations")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmNewsletter", summary = "Confirm a subscription with the link from the mail",
            description = "400 naming token when the link was changed, has expired or was replaced by a newer sign-up.")
    @APIResponse(responseCode = "200", description = "Confirmed")
    public NewsletterStatus confirm(@Valid @NotNull NewsletterToken input) {
        return newsletter.confirm(input.token());
    }

    @POST
    @Path("/unsubscriptions")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "unsubscribeNewsletter", summary = "Unsubscribe with the link from any newsletter mail",
            description = "400 naming token when the link was changed.")
    @APIResponse(responseCode = "200", description = "Unsubscribed")
    public NewsletterStatus unsubscribe(@Valid @NotNull NewsletterToken input) {
        return newsletter.unsubscribe(input.token());
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "getNewsletterCounts", summary = "How many subscribers", description = "Staff.")
    public NewsletterCounts counts() {
        return newsletter.counts();
    }

    @GET
    @Path("/subscribers")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listNewsletterSubscribers", summary = "The confirmed subscribers' addresses", description = "Admins only.")
    public Page<NewsletterSubscriber> subscribers(@BeanParam Paging.Standard pageQuery) {
        return newsletter.subscribers(pageQuery.params());
    }
}

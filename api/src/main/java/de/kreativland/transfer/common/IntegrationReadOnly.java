package de.kreativland.transfer.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Third-party systems (role integration) read published and aggregated data: no endpoint writes
 * with this role, and endpoints marked {@link PersonalData} refuse it, whatever else they allow.
 */
@ApplicationScoped
public class IntegrationReadOnly {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter(preMatching = false)
    public Response refuse(ContainerRequestContext request, ResourceInfo resource) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.INTEGRATION)) {
            return null;
        }
        if (!READS.contains(request.getMethod())) {
            return Problems.forbidden("common.integration-read-only", request.getMethod()).toResponse();
        }
        if (resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(PersonalData.class)
                || resource.getResourceClass().isAnnotationPresent(PersonalData.class))) {
            return Problems.forbidden("common.integration-no-personal-data").toResponse();
        }
        return null;
    }
}

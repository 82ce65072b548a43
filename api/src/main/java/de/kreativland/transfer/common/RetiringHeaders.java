package de.kreativland.transfer.common;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds Deprecation, Sunset and Link to every response of a method marked {@link Retiring}. */
public class RetiringHeaders {
    private final Map<Method, Optional<Retirement>> retirements = new ConcurrentHashMap<>();

    @ServerResponseFilter
    public void headers(ResourceInfo resource, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        retirements.computeIfAbsent(method, RetiringHeaders::retirementOf).ifPresent(retirement -> {
            response.getHeaders().putSingle("Deprecation", retirement.deprecationHeader());
            response.getHeaders().putSingle("Sunset", retirement.sunsetHeader());
            retirement.links().forEach(link -> response.getHeaders().add("Link", link));
        });
    }

    private static Optional<Retirement> retirementOf(Method method) {
        Retiring retiring = method.getAnnotation(Retiring.class);
        return retiring == null ? Optional.empty()
                : Optional.of(Retirement.of(retiring, method.getDeclaringClass().getName() + "." + method.getName()));
    }
}

package bench;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** One page of organisations of a state, by name: the bare counterpart of the partner directory. */
@Path("/organisations")
public class OrganisationResource {
    @Inject
    EntityManager em;

    @GET
    public List<Organisation> list(@QueryParam("state") String state) {
        return em.createQuery("from Organisation o where o.state = :state order by o.name, o.id", Organisation.class)
                .setParameter("state", state == null ? "SN" : state)
                .setMaxResults(20)
                .getResultList();
    }
}

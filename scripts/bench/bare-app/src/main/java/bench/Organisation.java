package bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A few columns of the API's organisation table, read-only. */
@Entity
@Table(name = "organisation")
public class Organisation {
    @Id
    public UUID id;
    public String name;
    public String town;
    @Column(columnDefinition = "bpchar")
    public String state;
}

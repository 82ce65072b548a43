package de.kreativland.transfer.portrait;

import de.kreativland.transfer.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A creative portrait (#flächenglühen): an interview or a video with its transcript. */
@Entity
@Table(name = "portrait")
public class Portrait extends Audited {
    static final String HTTP_URL = "^https?://[^\\s]+$";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String teaser;

    @Column(name = "interview_markdown")
    public String interviewMarkdown;

    @Column(name = "video_url")
    public String videoUrl;

    public String transcript;

    /** The photos as a JSON array of {url, alt, credit}; see {@link PortraitService} for (de)serialising. */
    @Column(name = "photos", nullable = false)
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String photosJson = "[]";

    @Column(nullable = false)
    public String town;

    @Column(nullable = false)
    public String state;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> submarkets = new ArrayList<>();

    @Column(name = "organisation_id")
    public UUID organisationId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PortraitStatus status = PortraitStatus.DRAFT;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}

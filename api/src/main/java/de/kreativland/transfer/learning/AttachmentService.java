package de.kreativland.transfer.learning;

import static de.kreativland.transfer.common.SqlValues.timestamp;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Files attached to modules, stored in PostgreSQL; the type is checked by content before anything is stored. */
@ApplicationScoped
public class AttachmentService {
    static final int MAX_PER_MODULE = 20;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    LearningModuleService modules;

    @Inject
    AuditLog audit;

    /** A downloadable file. */
    public record Download(String fileName, String contentType, String sha256, byte[] content) {
    }

    @Transactional
    public Attachment add(UUID moduleId, String clientFileName, Path uploaded, long size) {
        LearningModule module = modules.editable(moduleId);
        if (uploaded == null) {
            throw Problems.invalidField("file", "learning.file-part-missing");
        }
        if (size > AttachmentTypes.MAX_BYTES) {
            throw Problems.payloadTooLarge("file", "learning.file-too-large", String.valueOf(size), String.valueOf(AttachmentTypes.MAX_BYTES));
        }
        if (size == 0) {
            throw Problems.invalidField("file", "learning.file-empty");
        }
        String fileName = fileName(clientFileName);
        byte[] content;
        try {
            content = Files.readAllBytes(uploaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String contentType = AttachmentTypes.check(fileName, content);
        long count = ((Number) em.createNativeQuery("select count(*) from learning_attachment where module_id = :module")
                .setParameter("module", module.id).getSingleResult()).longValue();
        if (count >= MAX_PER_MODULE) {
            throw Problems.conflict("learning.attachments-limit", String.valueOf(MAX_PER_MODULE));
        }
        UUID id = UUID.randomUUID();
        String sha256 = sha256(content);
        OffsetDateTime now = OffsetDateTime.now();
        em.createNativeQuery("""
                insert into learning_attachment (id, module_id, file_name, content_type, size_bytes, sha256, content, created_at, created_by)
                values (:id, :module, :name, :type, :size, :sha, :content, :now, :actor)""")
                .setParameter("id", id).setParameter("module", module.id).setParameter("name", fileName)
                .setParameter("type", contentType).setParameter("size", (long) content.length).setParameter("sha", sha256)
                .setParameter("content", content).setParameter("now", now).setParameter("actor", user.actor())
                .executeUpdate();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("moduleId", module.id.toString());
        details.put("fileName", fileName);
        details.put("contentType", contentType);
        details.put("sizeBytes", content.length);
        audit.record("learning_attachment", id, "create", details);
        return new Attachment(id, fileName, contentType, content.length, sha256, now);
    }

    public AttachmentList listReadable(String moduleId) {
        return new AttachmentList(list(modules.readable(moduleId).id));
    }

    @SuppressWarnings("unchecked")
    List<Attachment> list(UUID moduleId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, file_name, content_type, size_bytes, sha256, created_at from learning_attachment
                where module_id = :module order by created_at, id""")
                .setParameter("module", moduleId).getResultList();
        return rows.stream().map(r -> new Attachment((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                (String) r[4], timestamp(r[5]))).toList();
    }

    public Download download(String moduleId, UUID attachmentId) {
        LearningModule module = modules.readable(moduleId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select file_name, content_type, sha256, content from learning_attachment where id = :id and module_id = :module""")
                .setParameter("id", attachmentId).setParameter("module", module.id).getResultList();
        if (rows.isEmpty()) {
            throw Problems.notFound("thing.attachment", attachmentId);
        }
        Object[] row = rows.get(0);
        return new Download((String) row[0], (String) row[1], (String) row[2], (byte[]) row[3]);
    }

    @Transactional
    public void delete(UUID moduleId, UUID attachmentId) {
        LearningModule module = modules.editable(moduleId);
        int deleted = em.createNativeQuery("delete from learning_attachment where id = :id and module_id = :module")
                .setParameter("id", attachmentId).setParameter("module", module.id).executeUpdate();
        if (deleted == 0) {
            throw Problems.notFound("thing.attachment", attachmentId);
        }
        audit.record("learning_attachment", attachmentId, "delete", Map.of("moduleId", module.id.toString()));
    }

    /** The name without any path, control characters or quotes; what downloads are offered as. */
    static String fileName(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw Problems.invalidField("file", "learning.file-name-missing");
        }
        if (name.length() > 255) {
            throw Problems.invalidField("file", "learning.file-name-too-long");
        }
        return name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

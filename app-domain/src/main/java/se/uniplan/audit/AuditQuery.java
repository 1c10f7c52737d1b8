package se.uniplan.audit;

/**
 * What part of the audit trail to read.
 *
 * @param entityType only entries of this type, or null for all
 * @param entityId   only entries of this entity, or null for all
 * @param text       a free-text filter, or null
 * @param first      how many of the newest entries to skip
 * @param max        how many to return (at most {@link AuditTrail#MAX_PAGE})
 */
public record AuditQuery(String entityType, Long entityId, String text, int first, int max) {

    public AuditQuery {
        entityType = entityType == null || entityType.isBlank() ? null : entityType;
        text = text == null || text.isBlank() ? null : text.strip();
        first = Math.max(0, first);
        max = max <= 0 ? AuditTrail.MAX_PAGE : max;
    }
}

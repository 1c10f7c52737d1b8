package se.uniplan.web.rest;

import java.time.Instant;
import java.util.List;
import se.uniplan.activity.Activity;
import se.uniplan.audit.AuditEntry;
import se.uniplan.org.OrgUnit;

/** The JSON shapes of the API: plain records, never entities. */
public final class Dtos {

    private Dtos() {
    }

    public record UnitDto(long id, long version, String code, String name, String kind, Long parentId, boolean active) {
        static UnitDto of(OrgUnit u) {
            return new UnitDto(u.getId(), u.getVersion(), u.getCode(), u.getName(), u.getKind().name(),
                    u.getParent() == null ? null : u.getParent().getId(), u.isActive());
        }
    }

    public record ActivityDto(long id, String code, String name, String kind, boolean active) {
        static ActivityDto of(Activity a) {
            return new ActivityDto(a.getId(), a.getCode(), a.getName(), a.getKind().name(), a.isActive());
        }
    }

    public record AuditDto(Instant at, String actor, String entityType, Long entityId, String label, String change,
                           String oldValue, String newValue) {
        static AuditDto of(AuditEntry e) {
            return new AuditDto(e.getAt(), e.getActor(), e.getEntityType(), e.getEntityId(), e.getEntityLabel(),
                    e.getChange(), e.getOldValue(), e.getNewValue());
        }
    }

    public record RoleDto(String role, Long unitId, Long objectId, String target, List<String> authorities) {
    }

    public record MeDto(String username, String fullName, List<String> systemRoles, List<RoleDto> roles) {
    }

    public record RenameRequest(long version, String name) {
    }

    public record MoveRequest(long version, long parentId) {
    }

    public record CreateUnitRequest(long parentId, String code, String name, String kind) {
    }

    public record ErrorDto(String error, String message) {
    }
}

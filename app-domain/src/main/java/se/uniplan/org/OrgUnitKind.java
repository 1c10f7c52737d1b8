package se.uniplan.org;

import java.util.EnumSet;
import java.util.Set;

/**
 * The levels of the organisation tree: university → faculty or central administration →
 * department. Activities (verksamheter) hang below departments but are not units.
 */
public enum OrgUnitKind {
    UNIVERSITY,
    FACULTY,
    ADMINISTRATION,
    DEPARTMENT;

    /** The kinds a unit of this kind may be placed under; empty for the root. */
    public Set<OrgUnitKind> allowedParents() {
        return switch (this) {
            case UNIVERSITY -> EnumSet.noneOf(OrgUnitKind.class);
            case FACULTY, ADMINISTRATION -> EnumSet.of(UNIVERSITY);
            case DEPARTMENT -> EnumSet.of(FACULTY, ADMINISTRATION);
        };
    }

    /** An organisational group (faculty or administration) is led by a dean or administrative head. */
    public boolean isGroup() {
        return this == FACULTY || this == ADMINISTRATION;
    }
}

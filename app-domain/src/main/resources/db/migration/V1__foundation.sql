-- The foundation: organisation, people, roles, governance objects, reference data, audit trail.
-- Written for both H2 2.x and PostgreSQL 15: standard types only.

CREATE SEQUENCE uniplan_seq START WITH 100000 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       REFERENCES org_unit (id),
    active      BOOLEAN      NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT ck_org_unit_kind CHECK (kind IN ('UNIVERSITY', 'FACULTY', 'ADMINISTRATION', 'DEPARTMENT'))
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

CREATE TABLE activity (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    department_id BIGINT       NOT NULL REFERENCES org_unit (id),
    active        BOOLEAN      NOT NULL,
    CONSTRAINT uq_activity_code UNIQUE (code)
);
CREATE INDEX ix_activity_department ON activity (department_id);

CREATE TABLE account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    number        VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    account_class VARCHAR(100) NOT NULL,
    active        BOOLEAN      NOT NULL,
    CONSTRAINT uq_account_number UNIQUE (number)
);

CREATE TABLE fiscal_year (
    id         BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL,
    label      VARCHAR(20) NOT NULL,
    start_date DATE        NOT NULL,
    end_date   DATE        NOT NULL,
    CONSTRAINT uq_fiscal_year_label UNIQUE (label)
);

CREATE TABLE person (
    id        BIGINT       NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL,
    username  VARCHAR(64)  NOT NULL,
    full_name VARCHAR(200) NOT NULL,
    email     VARCHAR(200),
    active    BOOLEAN      NOT NULL,
    CONSTRAINT uq_person_username UNIQUE (username)
);

CREATE TABLE governance_object (
    id      BIGINT       NOT NULL PRIMARY KEY,
    version BIGINT       NOT NULL,
    code    VARCHAR(40)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    kind    VARCHAR(20)  NOT NULL,
    active  BOOLEAN      NOT NULL,
    CONSTRAINT uq_governance_object_code UNIQUE (code)
);

CREATE TABLE governance_body (
    id                   BIGINT      NOT NULL PRIMARY KEY,
    version              BIGINT      NOT NULL,
    governance_object_id BIGINT      NOT NULL REFERENCES governance_object (id),
    kind                 VARCHAR(20) NOT NULL,
    active               BOOLEAN     NOT NULL,
    CONSTRAINT uq_governance_body UNIQUE (governance_object_id, kind)
);

CREATE TABLE role_assignment (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    person_id            BIGINT       NOT NULL REFERENCES person (id),
    role                 VARCHAR(40)  NOT NULL,
    unit_id              BIGINT       REFERENCES org_unit (id),
    governance_object_id BIGINT       REFERENCES governance_object (id),
    assigned_at          TIMESTAMP    NOT NULL,
    assigned_by          VARCHAR(100) NOT NULL,
    CONSTRAINT ck_role_assignment_target CHECK ((unit_id IS NULL) <> (governance_object_id IS NULL))
);
CREATE INDEX ix_role_assignment_person ON role_assignment (person_id);
CREATE INDEX ix_role_assignment_unit ON role_assignment (unit_id);

CREATE TABLE role_description (
    role                VARCHAR(40)   NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    responsibilities_sv VARCHAR(4000) NOT NULL,
    responsibilities_en VARCHAR(4000) NOT NULL
);

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    at           TIMESTAMP     NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    entity_type  VARCHAR(40)   NOT NULL,
    entity_id    BIGINT,
    entity_label VARCHAR(300)  NOT NULL,
    change       VARCHAR(40)   NOT NULL,
    old_value    VARCHAR(1000),
    new_value    VARCHAR(1000)
);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_at ON audit_entry (at);

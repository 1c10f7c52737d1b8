-- Economic planning: planning rounds, one plan per department and round, the plan's cells,
-- comments, workflow events, approval snapshots and substitutes.
-- Written for both H2 2.x and PostgreSQL 15: standard types only.

CREATE TABLE planning_round (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    fiscal_year_id       BIGINT        NOT NULL REFERENCES fiscal_year (id),
    label                VARCHAR(100)  NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    register_by          DATE,
    level1_by            DATE,
    level2_by            DATE,
    final_by             DATE,
    board_decision_date  DATE,
    board_decision_ref   VARCHAR(100),
    final_approved_at    TIMESTAMP,
    final_approved_by    VARCHAR(100),
    created_at           TIMESTAMP     NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_planning_round_label UNIQUE (label),
    CONSTRAINT ck_planning_round_kind CHECK (kind IN ('BUDGET', 'FORECAST')),
    CONSTRAINT ck_planning_round_status CHECK (status IN ('PREPARED', 'OPEN', 'CLOSED'))
);

CREATE TABLE plan (
    id                BIGINT       NOT NULL PRIMARY KEY,
    version           BIGINT       NOT NULL,
    round_id          BIGINT       NOT NULL REFERENCES planning_round (id),
    department_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    state             VARCHAR(20)  NOT NULL,
    state_changed_at  TIMESTAMP    NOT NULL,
    state_changed_by  VARCHAR(100) NOT NULL,
    CONSTRAINT uq_plan_round_department UNIQUE (round_id, department_id),
    CONSTRAINT ck_plan_state CHECK (state IN ('DRAFT', 'REGISTERED', 'APPROVED_1', 'APPROVED_2', 'APPROVED_FINAL'))
);
CREATE INDEX ix_plan_department ON plan (department_id);

-- One amount in whole kronor per activity, account and period (1-12 of the fiscal year).
CREATE TABLE plan_cell (
    id          BIGINT   NOT NULL PRIMARY KEY,
    plan_id     BIGINT   NOT NULL REFERENCES plan (id),
    activity_id BIGINT   NOT NULL REFERENCES activity (id),
    account_id  BIGINT   NOT NULL REFERENCES account (id),
    period       SMALLINT NOT NULL,
    amount      BIGINT   NOT NULL,
    CONSTRAINT uq_plan_cell UNIQUE (plan_id, activity_id, account_id, period),
    CONSTRAINT ck_plan_cell_month CHECK (period BETWEEN 1 AND 12)
);

-- A comment on the whole plan (no activity), a row (activity and account) or a cell (and period).
CREATE TABLE plan_comment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    plan_id     BIGINT        NOT NULL REFERENCES plan (id),
    activity_id BIGINT        REFERENCES activity (id),
    account_id  BIGINT        REFERENCES account (id),
    period       SMALLINT,
    text        VARCHAR(2000) NOT NULL,
    author      VARCHAR(100)  NOT NULL,
    written_at  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_plan_comment_plan ON plan_comment (plan_id);

-- Every step of a plan's approval chain, with the comment a send-back or reopen requires.
CREATE TABLE plan_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    plan_id     BIGINT        NOT NULL REFERENCES plan (id),
    action      VARCHAR(20)   NOT NULL,
    from_state  VARCHAR(20)   NOT NULL,
    to_state    VARCHAR(20)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    on_behalf_of VARCHAR(200),
    happened_at TIMESTAMP     NOT NULL,
    comment     VARCHAR(2000)
);
CREATE INDEX ix_plan_event_plan ON plan_event (plan_id);

-- What a plan held when it was approved; never changed afterwards.
CREATE TABLE plan_snapshot (
    id        BIGINT       NOT NULL PRIMARY KEY,
    version   BIGINT       NOT NULL,
    plan_id   BIGINT       NOT NULL REFERENCES plan (id),
    state     VARCHAR(20)  NOT NULL,
    taken_at  TIMESTAMP    NOT NULL,
    taken_by  VARCHAR(100) NOT NULL,
    revenue   BIGINT       NOT NULL,
    cost      BIGINT       NOT NULL
);
CREATE INDEX ix_plan_snapshot_plan ON plan_snapshot (plan_id);

CREATE TABLE plan_snapshot_cell (
    snapshot_id BIGINT   NOT NULL REFERENCES plan_snapshot (id),
    activity_id BIGINT   NOT NULL,
    account_id  BIGINT   NOT NULL,
    period       SMALLINT NOT NULL,
    amount      BIGINT   NOT NULL,
    PRIMARY KEY (snapshot_id, activity_id, account_id, period)
);

-- A person's substitute (vikarie) for a period: the substitute acts with the person's
-- planning roles, and sees the person's tasks, from the first to the last day inclusive.
CREATE TABLE substitution (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL REFERENCES person (id),
    substitute_id BIGINT       NOT NULL REFERENCES person (id),
    first_day     DATE         NOT NULL,
    last_day      DATE         NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    CONSTRAINT ck_substitution_period CHECK (first_day <= last_day),
    CONSTRAINT ck_substitution_other CHECK (person_id <> substitute_id)
);
CREATE INDEX ix_substitution_substitute ON substitution (substitute_id);

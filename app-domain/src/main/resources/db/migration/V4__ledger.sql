-- Actuals (utfall) from the general ledger: each load of a file, its problems, its lines, its
-- totals, and which loads hold each period now. Written for both H2 2.x and PostgreSQL 15.
--
-- A load never updates or deletes another load's lines. Replacing a period, undoing a load and a
-- killed load are all decided by ledger_period alone: a line counts when its load holds its
-- period. So a load is atomic (its rows and its ledger_period rows commit together or not at
-- all) and an undo is as quick as the replacement was.

CREATE TABLE ledger_load (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL,
    source                VARCHAR(40)    NOT NULL,
    file_name             VARCHAR(400)   NOT NULL,
    file_sha256           VARCHAR(64)    NOT NULL,
    file_size             BIGINT         NOT NULL,
    format                VARCHAR(60),
    content               VARCHAR(20),
    encoding              VARCHAR(40),
    mode                  VARCHAR(20)    NOT NULL,
    origin                VARCHAR(20)    NOT NULL,
    started_by            VARCHAR(64)    NOT NULL,
    started_at            TIMESTAMP      NOT NULL,
    finished_at           TIMESTAMP,
    status                VARCHAR(20)    NOT NULL,
    lines_read            BIGINT         NOT NULL,
    rows_loaded           BIGINT         NOT NULL,
    rows_refused          BIGINT         NOT NULL,
    rows_skipped          BIGINT         NOT NULL,
    problem_count         BIGINT         NOT NULL,
    tolerance             BIGINT         NOT NULL,
    first_period          INTEGER,
    last_period           INTEGER,
    reconciliation        VARCHAR(20)    NOT NULL,
    reconciliation_detail VARCHAR(4000),
    message_key           VARCHAR(100),
    message_value         VARCHAR(1000),
    undone_at             TIMESTAMP,
    undone_by             VARCHAR(64),
    CONSTRAINT ck_ledger_load_mode CHECK (mode IN ('REPLACE', 'ADD')),
    CONSTRAINT ck_ledger_load_origin CHECK (origin IN ('NIGHTLY', 'UPLOAD', 'API', 'DEMO')),
    CONSTRAINT ck_ledger_load_status CHECK (status IN ('RUNNING', 'LOADED', 'REFUSED', 'FAILED', 'ABORTED', 'CANCELLED', 'UNDONE')),
    CONSTRAINT ck_ledger_load_reconciliation CHECK (reconciliation IN ('NOT_RUN', 'AGREES', 'DIFFERS'))
);
CREATE INDEX ix_ledger_load_started ON ledger_load (started_at);

-- What was wrong in a file, line by line (at most uniplan.ledger.max-problems per load).
CREATE TABLE ledger_problem (
    load_id     BIGINT        NOT NULL REFERENCES ledger_load (id),
    seq         INTEGER       NOT NULL,
    source_line BIGINT        NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    detail      VARCHAR(400)  NOT NULL,
    PRIMARY KEY (load_id, seq)
);

-- One posted line. Amounts in öre, debit positive. No primary key or foreign keys: bulk-loaded
-- (COPY on PostgreSQL) and only ever read through ledger_period.
--   row_key    the source's line identity (UBW agrtid, or a 64-bit hash of the SIE voucher identity)
--   period     yyyyMM as the ledger has it (month 00 and 13 may occur)
--   unit_id    the organisation unit whose code is the line's cost centre, if any
--   activity_id the activity whose code is "<cost centre>-<activity type>", if any
CREATE TABLE ledger_entry (
    load_id       BIGINT        NOT NULL,
    row_key       BIGINT        NOT NULL,
    period        INTEGER       NOT NULL,
    account       VARCHAR(20)   NOT NULL,
    unit_id       BIGINT,
    activity_id   BIGINT,
    cost_centre   VARCHAR(40),
    project       VARCHAR(40),
    activity_type VARCHAR(40),
    funder        VARCHAR(40),
    counterpart   VARCHAR(40),
    voucher       VARCHAR(60),
    voucher_date  DATE,
    amount        BIGINT        NOT NULL,
    text          VARCHAR(200),
    source_line   BIGINT        NOT NULL
);
CREATE INDEX ix_ledger_entry_drill ON ledger_entry (unit_id, account, period);
CREATE INDEX ix_ledger_entry_key ON ledger_entry (row_key);

-- A load's sums per period, unit, activity and account (öre), written with the load: the
-- follow-up pages read these, never the lines, except when drilling to transactions.
CREATE TABLE ledger_total (
    load_id     BIGINT       NOT NULL REFERENCES ledger_load (id),
    period      INTEGER      NOT NULL,
    unit_id     BIGINT,
    activity_id BIGINT,
    account     VARCHAR(20)  NOT NULL,
    amount      BIGINT       NOT NULL,
    line_count  BIGINT       NOT NULL
);
CREATE INDEX ix_ledger_total_load ON ledger_total (load_id, period);
CREATE INDEX ix_ledger_total_unit ON ledger_total (unit_id);

-- Which loads hold each period of a source now. A REPLACE load takes a period over from every
-- earlier load; an ADD load (a nightly delta) joins the loads that hold it.
CREATE TABLE ledger_period (
    source  VARCHAR(40) NOT NULL,
    period  INTEGER     NOT NULL,
    load_id BIGINT      NOT NULL REFERENCES ledger_load (id),
    PRIMARY KEY (source, period, load_id)
);
CREATE INDEX ix_ledger_period_load ON ledger_period (load_id);

-- What a REPLACE load took over, so that undoing it gives each period back to the loads that held it.
CREATE TABLE ledger_period_replaced (
    source      VARCHAR(40) NOT NULL,
    period      INTEGER     NOT NULL,
    load_id     BIGINT      NOT NULL REFERENCES ledger_load (id),
    replaced_by BIGINT      NOT NULL REFERENCES ledger_load (id),
    PRIMARY KEY (source, period, load_id, replaced_by)
);
CREATE INDEX ix_ledger_period_replaced_by ON ledger_period_replaced (replaced_by);

-- The source's own master data, kept from the files that declare it (SIE #KONTO/#OBJEKT,
-- aglaccounts, agldimvalue): a line on an account or dimension value absent here and from
-- UniPlan's own chart and organisation is refused.
CREATE TABLE ledger_account (
    source  VARCHAR(40)  NOT NULL,
    number  VARCHAR(20)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    type    VARCHAR(20),
    active  BOOLEAN      NOT NULL,
    PRIMARY KEY (source, number)
);

CREATE TABLE ledger_dimension_value (
    source  VARCHAR(40)  NOT NULL,
    role    VARCHAR(20)  NOT NULL,
    code    VARCHAR(40)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    parent  VARCHAR(40),
    active  BOOLEAN      NOT NULL,
    PRIMARY KEY (source, role, code)
);

-- PostgreSQL only: each load's lines are a partition of their own (LIST on load_id). A load
-- creates its partition without indexes, fills it with COPY, indexes it and attaches it, all in
-- its one transaction: a failed or killed load leaves no trace, and the indexes are built once
-- over the new rows instead of being maintained row by row. The columns match V4.
DROP TABLE ledger_entry;
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
) PARTITION BY LIST (load_id);
CREATE INDEX ix_ledger_entry_drill ON ledger_entry (unit_id, account, period);
CREATE INDEX ix_ledger_entry_key ON ledger_entry (row_key);
-- Rows of a load without a partition of its own (demo data inserted by SQL) land here.
CREATE TABLE ledger_entry_default PARTITION OF ledger_entry DEFAULT;

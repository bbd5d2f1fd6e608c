-- The sync hub: the user's own PostgreSQL, shared by every device of one account (decision 18).
-- Rows are the synced state of each record as JSON; seq is the change sequence, assigned by the server under one
-- advisory lock per account, so a reader with a cursor never passes a row that commits later with a smaller seq.

CREATE TABLE hub_devices (
    id          UUID                     NOT NULL PRIMARY KEY,
    name        VARCHAR(200)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at  TIMESTAMP WITH TIME ZONE
);

CREATE SEQUENCE hub_change_seq;

CREATE TABLE hub_rows (
    entity        VARCHAR(40)              NOT NULL,
    id            UUID                     NOT NULL,
    hub_revision  BIGINT                   NOT NULL,
    seq           BIGINT                   NOT NULL,
    device_id     UUID                     NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    payload       TEXT                     NOT NULL,
    PRIMARY KEY (entity, id)
);
CREATE UNIQUE INDEX hub_rows_seq_idx ON hub_rows (seq);

-- The sync passphrase's key is never stored: only how to derive it and a value only the right key opens.
CREATE TABLE hub_keys (
    id           INTEGER      NOT NULL PRIMARY KEY,
    kdf          VARCHAR(200) NOT NULL,
    salt         BYTEA        NOT NULL,
    check_value  BYTEA        NOT NULL,
    CONSTRAINT hub_keys_one CHECK (id = 1)
);

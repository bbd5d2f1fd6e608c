-- Schema shared by H2 (the local store) and PostgreSQL (the optional sync hub): only portable types.
-- Every syncable row carries id (UUIDv7), created_at/updated_at (UTC), revision, device_id and deleted_at (tombstone).

CREATE TABLE drafts (
    id          UUID                     NOT NULL PRIMARY KEY,
    title       VARCHAR(500)             NOT NULL,
    body        VARCHAR                  NOT NULL,
    status      VARCHAR(20)              NOT NULL,
    word_count  INTEGER                  NOT NULL,
    trashed_at  TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revision    BIGINT                   NOT NULL,
    device_id   UUID                     NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT drafts_status_check CHECK (status IN ('DRAFT', 'READY', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'))
);
CREATE INDEX drafts_updated_at_idx ON drafts (updated_at);
CREATE INDEX drafts_status_idx ON drafts (status);

CREATE TABLE tags (
    id          UUID                     NOT NULL PRIMARY KEY,
    name        VARCHAR(100)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revision    BIGINT                   NOT NULL,
    device_id   UUID                     NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT tags_name_unique UNIQUE (name)
);

-- A draft's tag set travels with the draft's own revision, so the join rows need no sync columns.
CREATE TABLE draft_tags (
    draft_id    UUID NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    tag_id      UUID NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (draft_id, tag_id)
);
CREATE INDEX draft_tags_tag_idx ON draft_tags (tag_id);

CREATE TABLE draft_revisions (
    id          UUID                     NOT NULL PRIMARY KEY,
    draft_id    UUID                     NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    title       VARCHAR(500)             NOT NULL,
    body        VARCHAR                  NOT NULL,
    word_count  INTEGER                  NOT NULL,
    reason      VARCHAR(30)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revision    BIGINT                   NOT NULL,
    device_id   UUID                     NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX draft_revisions_draft_idx ON draft_revisions (draft_id, created_at);

-- Local preferences and this device's identity; not synced.
CREATE TABLE settings (
    setting_key   VARCHAR(200)             NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000)            NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

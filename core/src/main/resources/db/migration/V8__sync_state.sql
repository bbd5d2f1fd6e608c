-- What this device last synced of each record (decision 18); local only, never synced itself.
-- base_payload is the record as the hub last had it: the base of a three-way merge.
CREATE TABLE sync_rows (
    entity          VARCHAR(40) NOT NULL,
    id              UUID        NOT NULL,
    hub_revision    BIGINT      NOT NULL,
    local_revision  BIGINT      NOT NULL,
    base_payload    VARCHAR     NOT NULL,
    PRIMARY KEY (entity, id)
);

-- Conflicts sync could not merge: the draft kept, the copy made of the other device's version, until resolved.
CREATE TABLE sync_conflicts (
    id            UUID                     NOT NULL PRIMARY KEY,
    draft_id      UUID                     NOT NULL,
    copy_id       UUID,
    other_device  VARCHAR(200)             NOT NULL,
    kind          VARCHAR(30)              NOT NULL,
    detected_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at   TIMESTAMP WITH TIME ZONE
);

-- Sync looks for revisions saved since its last push; without this it would read them all each time.
CREATE INDEX draft_revisions_updated_at_idx ON draft_revisions (updated_at);

-- Schema 12 (issue 16): which topic a draft was started from, so what a draft's posts did can be told per topic and
-- the topic board can sort by past results. One live row per draft; sync-ready like every table.
CREATE TABLE draft_topics (
    id          UUID                     NOT NULL PRIMARY KEY,
    draft_id    UUID                     NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    topic_id    UUID                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revision    BIGINT                   NOT NULL,
    device_id   UUID                     NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX draft_topics_draft_idx ON draft_topics (draft_id);
CREATE INDEX draft_topics_topic_idx ON draft_topics (topic_id);
CREATE INDEX draft_topics_updated_at_idx ON draft_topics (updated_at);

-- A copy of each post's latest snapshot (not GONE), kept as snapshots are taken, so Analytics reads one row per post
-- rather than grouping every snapshot. Derived from post_metrics on each device (rebuilt when it is empty or snapshots arrive by
-- sync); it does not sync.
CREATE TABLE post_latest_metrics (
    post_id      UUID                     NOT NULL PRIMARY KEY,
    snapshot_id  UUID                     NOT NULL,
    account_id   UUID                     NOT NULL,
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    state        VARCHAR(20)              NOT NULL,
    reactions    BIGINT,
    comments     BIGINT,
    shares       BIGINT,
    quotes       BIGINT,
    impressions  BIGINT,
    reach        BIGINT,
    detail       VARCHAR(500)
);

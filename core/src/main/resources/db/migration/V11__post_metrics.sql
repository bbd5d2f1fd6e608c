-- Schema 11: what each published post did (issue 16). One row per post and moment it was measured, taken on a
-- schedule that follows a post's life (1 h, 6 h, 24 h, 3 d, 7 d, 30 d after it went out) and on demand. A count the
-- network does not give (or not with the account's permissions) is NULL, never 0. Sync-ready like every table.
CREATE TABLE post_metrics (
    id           UUID                     NOT NULL PRIMARY KEY,
    post_id      UUID                     NOT NULL,
    account_id   UUID                     NOT NULL,
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    state        VARCHAR(20)              NOT NULL,
    reactions    BIGINT,
    comments     BIGINT,
    shares       BIGINT,
    quotes       BIGINT,
    impressions  BIGINT,
    reach        BIGINT,
    detail       VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revision     BIGINT                   NOT NULL,
    device_id    UUID                     NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT post_metrics_state_check CHECK (state IN ('MEASURED', 'GONE', 'UNAVAILABLE'))
);
CREATE INDEX post_metrics_post_idx ON post_metrics (post_id, taken_at);
CREATE INDEX post_metrics_updated_at_idx ON post_metrics (updated_at);

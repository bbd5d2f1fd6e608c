-- Schema 5: social posts planned on the calendar, and every attempt to publish one (the publish log).

CREATE TABLE social_posts (
    id                UUID                     NOT NULL PRIMARY KEY,
    account_id        UUID                     NOT NULL REFERENCES accounts (id),
    draft_id          UUID                     REFERENCES drafts (id) ON DELETE SET NULL,
    body              VARCHAR                  NOT NULL,
    media             VARCHAR(8000),
    first_comment     VARCHAR(8000),
    status            VARCHAR(20)              NOT NULL,
    scheduled_at      TIMESTAMP WITH TIME ZONE,
    planned_zone      VARCHAR(64)              NOT NULL,
    next_attempt_at   TIMESTAMP WITH TIME ZONE,
    idempotency_key   VARCHAR(64)              NOT NULL,
    job_created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    platform_post_id  VARCHAR(500),
    url               VARCHAR(2048),
    failure           VARCHAR(2000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    revision          BIGINT                   NOT NULL,
    device_id         UUID                     NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT social_posts_status_check CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'FAILED', 'MISSED', 'CANCELLED'))
);
-- The scheduler's question every tick: what is due now?
CREATE INDEX social_posts_due_idx ON social_posts (status, next_attempt_at);

CREATE TABLE publish_attempts (
    id               UUID                     NOT NULL PRIMARY KEY,
    post_id          UUID                     NOT NULL REFERENCES social_posts (id),
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    outcome          VARCHAR(20),
    error            VARCHAR(2000),
    response_id      VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revision         BIGINT                   NOT NULL,
    device_id        UUID                     NOT NULL,
    deleted_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT publish_attempts_outcome_check CHECK (outcome IS NULL OR outcome IN ('PUBLISHED', 'FOUND', 'ABSENT', 'RETRY', 'UNKNOWN', 'FAILED', 'MISSED'))
);
CREATE INDEX publish_attempts_post_idx ON publish_attempts (post_id, started_at);

-- The research engine: sources (feeds, pages, Hacker News, subreddits), the documents they bring,
-- topics discovered from those documents, and cited research reports on a topic.
-- Same portable types as V1; every syncable table carries the sync columns.

CREATE TABLE research_sources (
    id                     UUID                     NOT NULL PRIMARY KEY,
    kind                   VARCHAR(20)              NOT NULL,
    url                    VARCHAR(2048)            NOT NULL,
    feed_url               VARCHAR(2048),
    title                  VARCHAR(500)             NOT NULL,
    label_domain           VARCHAR(80),
    label_market           VARCHAR(80),
    label_language         VARCHAR(20),
    poll_interval_minutes  INTEGER                  NOT NULL,
    enabled                BOOLEAN                  NOT NULL,
    disabled_reason        VARCHAR(1000),
    etag                   VARCHAR(500),
    last_modified          VARCHAR(200),
    last_polled_at         TIMESTAMP WITH TIME ZONE,
    last_success_at        TIMESTAMP WITH TIME ZONE,
    success_count          INTEGER                  NOT NULL,
    failure_count          INTEGER                  NOT NULL,
    last_error             VARCHAR(1000),
    retry_after            TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    revision               BIGINT                   NOT NULL,
    device_id              UUID                     NOT NULL,
    deleted_at             TIMESTAMP WITH TIME ZONE,
    CONSTRAINT research_sources_kind_check CHECK (kind IN ('FEED', 'PAGE', 'HACKER_NEWS', 'REDDIT'))
);

-- Exact duplicates (same canonical URL or same content hash) are never stored twice; a near-duplicate
-- is stored and points at the first document of its group.
CREATE TABLE research_documents (
    id                 UUID                     NOT NULL PRIMARY KEY,
    source_id          UUID                     REFERENCES research_sources (id) ON DELETE SET NULL,
    guid               VARCHAR(2048),
    url                VARCHAR(2048)            NOT NULL,
    canonical_url      VARCHAR(2048)            NOT NULL,
    title              VARCHAR(1000)            NOT NULL,
    author             VARCHAR(500),
    published_at       TIMESTAMP WITH TIME ZONE,
    fetched_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    summary            VARCHAR,
    article_text       VARCHAR,
    language           VARCHAR(20),
    points             INTEGER,
    comments           INTEGER,
    content_hash       VARCHAR(64)              NOT NULL,
    minhash            VARCHAR(2000)            NOT NULL,
    near_duplicate_of  UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    revision           BIGINT                   NOT NULL,
    device_id          UUID                     NOT NULL,
    deleted_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX research_documents_canonical_idx ON research_documents (canonical_url);
CREATE INDEX research_documents_hash_idx ON research_documents (content_hash);
CREATE INDEX research_documents_source_idx ON research_documents (source_id);
CREATE INDEX research_documents_published_idx ON research_documents (published_at);

CREATE TABLE research_topics (
    id                  UUID                     NOT NULL PRIMARY KEY,
    title               VARCHAR(500)             NOT NULL,
    status              VARCHAR(20)              NOT NULL,
    origin              VARCHAR(20)              NOT NULL,
    keywords            VARCHAR(2000)            NOT NULL,
    entities            VARCHAR(2000)            NOT NULL,
    fingerprint         VARCHAR(2000)            NOT NULL,
    label_domain        VARCHAR(80),
    label_market        VARCHAR(80),
    label_language      VARCHAR(20),
    score               DOUBLE PRECISION         NOT NULL,
    freshness           DOUBLE PRECISION         NOT NULL,
    source_count        INTEGER                  NOT NULL,
    engagement          INTEGER                  NOT NULL,
    growth              DOUBLE PRECISION         NOT NULL,
    document_count      INTEGER                  NOT NULL,
    latest_document_at  TIMESTAMP WITH TIME ZONE,
    discovered_at       TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revision            BIGINT                   NOT NULL,
    device_id           UUID                     NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT research_topics_status_check
        CHECK (status IN ('DISCOVERED', 'VALIDATED', 'RESEARCHED', 'DRAFTED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT research_topics_origin_check CHECK (origin IN ('DISCOVERED', 'MANUAL'))
);
CREATE INDEX research_topics_status_idx ON research_topics (status);

-- A topic's document set travels with the topic's own revision, like a draft's tags.
CREATE TABLE research_topic_documents (
    topic_id     UUID NOT NULL REFERENCES research_topics (id) ON DELETE CASCADE,
    document_id  UUID NOT NULL REFERENCES research_documents (id) ON DELETE CASCADE,
    PRIMARY KEY (topic_id, document_id)
);
CREATE INDEX research_topic_documents_document_idx ON research_topic_documents (document_id);

-- Every run of research on a topic is kept; the newest is the current report, older ones its revisions.
CREATE TABLE research_reports (
    id           UUID                     NOT NULL PRIMARY KEY,
    topic_id     UUID                     NOT NULL REFERENCES research_topics (id) ON DELETE CASCADE,
    version      INTEGER                  NOT NULL,
    query        VARCHAR(1000)            NOT NULL,
    synthesizer  VARCHAR(40)              NOT NULL,
    content      VARCHAR                  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revision     BIGINT                   NOT NULL,
    device_id    UUID                     NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT research_reports_version_unique UNIQUE (topic_id, version)
);

-- The numbered sources a report cites; [n] in the report's content is the row with number n.
CREATE TABLE research_report_sources (
    report_id    UUID           NOT NULL REFERENCES research_reports (id) ON DELETE CASCADE,
    number       INTEGER        NOT NULL,
    document_id  UUID,
    url          VARCHAR(2048)  NOT NULL,
    title        VARCHAR(1000)  NOT NULL,
    excerpt      VARCHAR(4000)  NOT NULL,
    fetched_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_id, number)
);

-- Schema 15: research topics kept in step with a Notion database, and drafts sent to it as pages.

-- A topic's Notion page and the topic's fields as both sides last agreed on them (JSON), so the next sync can tell
-- which side changed a field. Synced like other research rows (one live row per topic), so another device of the
-- account does not create a second page for the same topic.
CREATE TABLE notion_topic_pages (
    id              UUID                     NOT NULL PRIMARY KEY,
    topic_id        UUID                     NOT NULL,
    page_id         VARCHAR(64)              NOT NULL,
    data_source_id  VARCHAR(64)              NOT NULL,
    synced_fields   VARCHAR(20000)           NOT NULL,
    synced_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revision        BIGINT                   NOT NULL,
    device_id       UUID                     NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notion_topic_pages_topic_idx ON notion_topic_pages (topic_id);
CREATE INDEX notion_topic_pages_page_idx ON notion_topic_pages (page_id);
CREATE INDEX notion_topic_pages_updated_at_idx ON notion_topic_pages (updated_at);

-- The page a draft was sent to, so sending it again updates that page. Local to this device.
CREATE TABLE notion_draft_pages (
    draft_id        UUID                     NOT NULL PRIMARY KEY,
    page_id         VARCHAR(64)              NOT NULL,
    page_url        VARCHAR(2000),
    data_source_id  VARCHAR(64)              NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What syncs overwrote: a field edited on both sides took the later edit, and the value that lost is kept here for
-- the user to see (and copy back if they want it). Local.
CREATE TABLE notion_overwrites (
    id           UUID                     NOT NULL PRIMARY KEY,
    topic_id     UUID                     NOT NULL,
    topic_title  VARCHAR(500)             NOT NULL,
    field        VARCHAR(40)              NOT NULL,
    lost_value   VARCHAR(2000),
    lost_on      VARCHAR(10)              NOT NULL,
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notion_overwrites_happened_idx ON notion_overwrites (happened_at);

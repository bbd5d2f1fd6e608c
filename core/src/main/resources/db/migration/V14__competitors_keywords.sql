-- Schema 14 (issue 17): competitor sites the user follows, what their recent articles cover, keyword research kept
-- per topic, and the plan's topic fields (intent, a priority the user sets, a trending figure, the demand of its
-- best keyword).

-- A competitor as the user listed it (a home page, a feed or a sitemap): synced like a research source.
CREATE TABLE competitors (
    id          UUID                     NOT NULL PRIMARY KEY,
    name        VARCHAR(200)             NOT NULL,
    url         VARCHAR(2000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revision    BIGINT                   NOT NULL,
    device_id   UUID                     NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX competitors_updated_at_idx ON competitors (updated_at);

-- What this device found out following a competitor: the feed or sitemap it reads, the validators of its last
-- answer (for a conditional GET) and what went wrong. Local: another device asks for itself.
CREATE TABLE competitor_checks (
    competitor_id  UUID                     NOT NULL PRIMARY KEY,
    follow_url     VARCHAR(2000),
    follow_kind    VARCHAR(20),
    etag           VARCHAR(500),
    last_modified  VARCHAR(100),
    checked_at     TIMESTAMP WITH TIME ZONE,
    problem        VARCHAR(1000)
);

-- A competitor's article as read: its outline (headings, questions, names) and text, for coverage and gaps. Local.
CREATE TABLE competitor_articles (
    id             UUID                     NOT NULL PRIMARY KEY,
    competitor_id  UUID                     NOT NULL,
    url            VARCHAR(2000)            NOT NULL,
    title          VARCHAR(1000)            NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE,
    fetched_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    word_count     INTEGER                  NOT NULL,
    headings       VARCHAR(20000)           NOT NULL,
    questions      VARCHAR(20000)           NOT NULL,
    entities       VARCHAR(4000)            NOT NULL,
    body           VARCHAR                  NOT NULL
);
CREATE INDEX competitor_articles_competitor_idx ON competitor_articles (competitor_id, url);

-- A topic's keyword research (one live row per topic): the keywords as JSON, with the market and when.
CREATE TABLE topic_keywords (
    id             UUID                     NOT NULL PRIMARY KEY,
    topic_id       UUID                     NOT NULL,
    market         VARCHAR(20)              NOT NULL,
    researched_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    keywords       VARCHAR                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revision       BIGINT                   NOT NULL,
    device_id      UUID                     NOT NULL,
    deleted_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX topic_keywords_topic_idx ON topic_keywords (topic_id);
CREATE INDEX topic_keywords_updated_at_idx ON topic_keywords (updated_at);

ALTER TABLE research_topics ADD COLUMN intent VARCHAR(20);
ALTER TABLE research_topics ADD COLUMN priority INTEGER;
ALTER TABLE research_topics ADD COLUMN trending DOUBLE PRECISION;
ALTER TABLE research_topics ADD COLUMN demand INTEGER;

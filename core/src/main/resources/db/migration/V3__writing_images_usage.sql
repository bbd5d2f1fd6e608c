-- AI writing and images: configured providers (their keys live in the OS keychain, never here), every AI call
-- with its cost, an editable price table, SEO metadata per draft, and each draft's image library.

CREATE TABLE ai_providers (
    id          UUID                     NOT NULL PRIMARY KEY,
    name        VARCHAR(80)              NOT NULL,
    kind        VARCHAR(30)              NOT NULL,
    base_url    VARCHAR(2048),
    model       VARCHAR(200)             NOT NULL,
    has_key     BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revision    BIGINT                   NOT NULL,
    device_id   UUID                     NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ai_providers_kind_check CHECK (kind IN ('OLLAMA', 'OPENAI_COMPATIBLE', 'ANTHROPIC', 'OPENAI_IMAGES', 'STABILITY', 'AUTOMATIC1111'))
);

CREATE TABLE ai_usage (
    id             UUID                     NOT NULL PRIMARY KEY,
    called_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    provider       VARCHAR(80)              NOT NULL,
    model          VARCHAR(200)             NOT NULL,
    purpose        VARCHAR(40)              NOT NULL,
    input_tokens   INTEGER                  NOT NULL,
    output_tokens  INTEGER                  NOT NULL,
    images         INTEGER                  NOT NULL,
    latency_ms     BIGINT                   NOT NULL,
    cost_usd       DECIMAL(14, 6)           NOT NULL,
    outcome        VARCHAR(20)              NOT NULL,
    draft_id       UUID,
    topic_id       UUID,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revision       BIGINT                   NOT NULL,
    device_id      UUID                     NOT NULL,
    deleted_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ai_usage_called_at_idx ON ai_usage (called_at);
CREATE INDEX ai_usage_draft_idx ON ai_usage (draft_id);

-- What a model costs, in US dollars: per million tokens in and out, or per image. A model name matches the
-- longest pattern that it starts with ("gpt-4o" matches "gpt-4o-mini" unless "gpt-4o-mini" has its own row).
CREATE TABLE ai_prices (
    id                   UUID                     NOT NULL PRIMARY KEY,
    model_prefix         VARCHAR(200)             NOT NULL,
    input_per_million    DECIMAL(14, 6)           NOT NULL,
    output_per_million   DECIMAL(14, 6)           NOT NULL,
    per_image            DECIMAL(14, 6)           NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    revision             BIGINT                   NOT NULL,
    device_id            UUID                     NOT NULL,
    deleted_at           TIMESTAMP WITH TIME ZONE
);

CREATE TABLE draft_seo (
    id                UUID                     NOT NULL PRIMARY KEY,
    draft_id          UUID                     NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    title_ideas       VARCHAR(4000)            NOT NULL,
    meta_description  VARCHAR(400)             NOT NULL,
    slug              VARCHAR(200)             NOT NULL,
    keywords          VARCHAR(2000)            NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    revision          BIGINT                   NOT NULL,
    device_id         UUID                     NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT draft_seo_draft_unique UNIQUE (draft_id)
);

-- A draft's images; the bytes are files named by their SHA-256 under images/ in the data directory.
CREATE TABLE draft_images (
    id            UUID                     NOT NULL PRIMARY KEY,
    draft_id      UUID                     NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    role          VARCHAR(20)              NOT NULL,
    content_hash  VARCHAR(64)              NOT NULL,
    media_type    VARCHAR(40)              NOT NULL,
    width         INTEGER                  NOT NULL,
    height        INTEGER                  NOT NULL,
    alt_text      VARCHAR(1000)            NOT NULL,
    prompt        VARCHAR(4000),
    provider      VARCHAR(80)              NOT NULL,
    model         VARCHAR(200),
    cost_usd      DECIMAL(14, 6)           NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revision      BIGINT                   NOT NULL,
    device_id     UUID                     NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT draft_images_role_check CHECK (role IN ('HERO', 'SUPPORTING'))
);
CREATE INDEX draft_images_draft_idx ON draft_images (draft_id);

-- Schema 13 (issue 17): what public autocomplete services suggested, per service, market and query, with when they
-- were asked, so demand research asks each question at most once a week. A local cache: it does not sync.
CREATE TABLE search_suggestions (
    id           UUID                     NOT NULL PRIMARY KEY,
    service      VARCHAR(40)              NOT NULL,
    market       VARCHAR(20)              NOT NULL,
    query        VARCHAR(300)             NOT NULL,
    suggestions  VARCHAR(20000)           NOT NULL,
    fetched_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX search_suggestions_query_idx ON search_suggestions (service, market, query);

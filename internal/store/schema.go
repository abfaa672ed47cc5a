package store

import "strings"

// corpusSchema is migration 1, the corpus, for both dialects: {{ID}} is an
// auto-assigned primary key, {{REF}} an id column, {{BLOB}} a byte string,
// {{ARTICLES_FTS}}/{{QUOTES_FTS}} extra columns for full text, {{INDEXES_FTS}}
// and {{FTS}} the full-text statements that follow the tables.
const corpusSchema = `CREATE TABLE articles (
			id {{ID}},
			key TEXT NOT NULL UNIQUE,
			url TEXT NOT NULL DEFAULT '',
			title TEXT NOT NULL DEFAULT '',
			source TEXT NOT NULL DEFAULT '',
			published TEXT NOT NULL DEFAULT '',
			day TEXT,
			text TEXT NOT NULL,
			record TEXT NOT NULL,
			origin TEXT NOT NULL DEFAULT '',
			added TEXT NOT NULL,
			minhash {{BLOB}},
			story_id {{REF}} NOT NULL DEFAULT 0{{ARTICLES_FTS}}
		);
		CREATE INDEX articles_day ON articles(day);
		CREATE INDEX articles_source ON articles(source);
		CREATE INDEX articles_story ON articles(story_id);{{ARTICLES_FTS_INDEX}}
		CREATE TABLE lsh_bands (band_key {{REF}} NOT NULL, article_id {{REF}} NOT NULL REFERENCES articles(id));
		CREATE INDEX lsh_bands_key ON lsh_bands(band_key);
		CREATE TABLE entities (
			id {{ID}},
			type TEXT NOT NULL,
			norm TEXT NOT NULL,
			name TEXT NOT NULL,
			UNIQUE(type, norm)
		);
		CREATE TABLE entity_aliases (
			type TEXT NOT NULL,
			norm TEXT NOT NULL,
			alias TEXT NOT NULL,
			entity_id {{REF}} NOT NULL REFERENCES entities(id),
			PRIMARY KEY(type, norm)
		);
		CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);
		CREATE TABLE entity_roles (
			entity_id {{REF}} NOT NULL REFERENCES entities(id),
			title TEXT NOT NULL,
			of_name TEXT NOT NULL DEFAULT '',
			article_id {{REF}} NOT NULL REFERENCES articles(id),
			PRIMARY KEY(entity_id, title, of_name, article_id)
		);
		CREATE TABLE article_entities (
			article_id {{REF}} NOT NULL REFERENCES articles(id),
			entity_id {{REF}} NOT NULL REFERENCES entities(id),
			mentions INTEGER NOT NULL,
			PRIMARY KEY(article_id, entity_id)
		);
		CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
		CREATE TABLE quotes (
			id {{ID}},
			article_id {{REF}} NOT NULL REFERENCES articles(id),
			ord INTEGER NOT NULL,
			speaker_id {{REF}} REFERENCES entities(id),
			speaker_name TEXT NOT NULL DEFAULT '',
			speaker_norm TEXT NOT NULL DEFAULT '',
			text TEXT NOT NULL,
			kind TEXT NOT NULL DEFAULT '',
			day TEXT,
			qstart INTEGER NOT NULL,
			qend INTEGER NOT NULL,{{QUOTES_FTS}}
			UNIQUE(article_id, ord)
		);
		CREATE INDEX quotes_speaker ON quotes(speaker_id);
		CREATE INDEX quotes_day ON quotes(day);{{QUOTES_FTS_INDEX}}
		CREATE TABLE quote_about (
			quote_id {{REF}} NOT NULL REFERENCES quotes(id),
			entity_id {{REF}} NOT NULL REFERENCES entities(id),
			PRIMARY KEY(quote_id, entity_id)
		);
		CREATE INDEX quote_about_entity ON quote_about(entity_id);{{FTS}}`

// corpusTypes is what one dialect puts in corpusSchema's placeholders.
type corpusTypes struct {
	id, ref, blob                  string
	articlesFTS, articlesFTSIndex  string
	quotesFTS, quotesFTSIndex, fts string
}

// corpusMigration is corpusSchema with t's text in its placeholders.
func corpusMigration(t corpusTypes) string {
	return strings.NewReplacer(
		"{{ID}}", t.id, "{{REF}}", t.ref, "{{BLOB}}", t.blob,
		"{{ARTICLES_FTS}}", t.articlesFTS, "{{ARTICLES_FTS_INDEX}}", t.articlesFTSIndex,
		"{{QUOTES_FTS}}", t.quotesFTS, "{{QUOTES_FTS_INDEX}}", t.quotesFTSIndex,
		"{{FTS}}", t.fts,
	).Replace(corpusSchema)
}

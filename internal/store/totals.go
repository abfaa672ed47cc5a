package store

import (
	"sort"
)

// entity_totals keeps each entity's all-time counts (articles, distinct
// stories, mentions, quotes said), updated by Put, so the default entity
// list and the corpus stats read a few thousand rows instead of grouping
// every mention in the corpus. Date-filtered questions still count from
// the mention and quote tables. entity_stories records which stories an
// entity has been counted in, so a story counts once however many copies
// arrive, from however many processes.

func totalsMigration(idType string) string {
	return `CREATE TABLE entity_totals (
			entity_id ` + idType + ` PRIMARY KEY REFERENCES entities(id),
			articles INTEGER NOT NULL DEFAULT 0,
			stories INTEGER NOT NULL DEFAULT 0,
			mentions INTEGER NOT NULL DEFAULT 0,
			quotes INTEGER NOT NULL DEFAULT 0
		);
		CREATE TABLE entity_stories (
			entity_id ` + idType + ` NOT NULL REFERENCES entities(id),
			story_id ` + idType + ` NOT NULL,
			PRIMARY KEY(entity_id, story_id)
		);
		INSERT INTO entity_stories(entity_id, story_id)
			SELECT DISTINCT ae.entity_id, a.story_id FROM article_entities ae JOIN articles a ON a.id = ae.article_id;
		INSERT INTO entity_totals(entity_id, articles, mentions)
			SELECT entity_id, COUNT(*), SUM(mentions) FROM article_entities GROUP BY entity_id;
		UPDATE entity_totals SET
			stories = (SELECT COUNT(*) FROM entity_stories s WHERE s.entity_id = entity_totals.entity_id),
			quotes = (SELECT COUNT(*) FROM quotes q WHERE q.speaker_id = entity_totals.entity_id);`
}

// addTotals adds one article's counts to its entities' totals, in entity
// id order so concurrent writers lock rows in the same order.
func (s *sqlStore) addTotals(w *wtx, storyID int64, mentions, quotes map[int64]int) error {
	ids := make([]int64, 0, len(mentions))
	for id := range mentions {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		newStory, err := w.execN(`INSERT INTO entity_stories(entity_id, story_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, id, storyID)
		if err != nil {
			return err
		}
		err = w.exec(`INSERT INTO entity_totals(entity_id, articles, stories, mentions, quotes) VALUES (?, 1, ?, ?, ?)
			ON CONFLICT (entity_id) DO UPDATE SET articles = entity_totals.articles + 1,
				stories = entity_totals.stories + excluded.stories,
				mentions = entity_totals.mentions + excluded.mentions,
				quotes = entity_totals.quotes + excluded.quotes`, id, newStory, mentions[id], quotes[id])
		if err != nil {
			return err
		}
	}
	return nil
}

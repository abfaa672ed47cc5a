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
	if len(ids) == 0 {
		return nil
	}
	// Which entities are new to this story: one statement, returning the
	// rows it inserted.
	args := make([]any, 0, 2*len(ids))
	for _, id := range ids {
		args = append(args, id, storyID)
	}
	newStory := map[int64]int{}
	rows, err := w.query(`INSERT INTO entity_stories(entity_id, story_id) VALUES `+rowsOf(len(ids), 2)+` ON CONFLICT DO NOTHING RETURNING entity_id`, args...)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		newStory[id] = 1
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	args = args[:0]
	for _, id := range ids {
		args = append(args, id, 1, newStory[id], mentions[id], quotes[id])
	}
	return w.exec(`INSERT INTO entity_totals(entity_id, articles, stories, mentions, quotes) VALUES `+rowsOf(len(ids), 5)+`
		ON CONFLICT (entity_id) DO UPDATE SET articles = entity_totals.articles + excluded.articles,
			stories = entity_totals.stories + excluded.stories,
			mentions = entity_totals.mentions + excluded.mentions,
			quotes = entity_totals.quotes + excluded.quotes`, args...)
}

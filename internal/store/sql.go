package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// sqlStore is the Store over database/sql shared by SQLite and
// PostgreSQL; dialect holds what differs (schema, full text, placeholders).
type sqlStore struct {
	db    *sql.DB  // reads
	wdb   *sql.DB  // writes (Put); the same as db for PostgreSQL
	stmts sync.Map // query → *sql.Stmt prepared on wdb
	d     *dialect
	where string // for messages
	// putMu serialises Put within the process when the database allows one
	// writer at a time (SQLite): waiting on a mutex beats spinning on
	// SQLITE_BUSY.
	putMu sync.Mutex
}

type dialect struct {
	name string
	// rebind rewrites ? placeholders into the dialect's own.
	rebind func(string) string
	// migrations[i] takes the schema from version i to i+1.
	migrations []migration
	serialPuts bool
	// afterPut adds the article's full-text rows at the end of Put (nil
	// where the index is a generated column).
	afterPut func(w *wtx, articleID int64, title, text string) error
	// articleMatch and quoteMatch return a subquery yielding (rid, rank)
	// for rows matching text, lower rank = better match.
	articleMatch func(text string) (string, []any)
	quoteMatch   func(text string) (string, []any)
	// articleSnippets returns a query yielding (id, snippet) for the given
	// comma-separated article ids.
	articleSnippets func(text string, ids string) (string, []any)
	// retryable reports errors after which Put should start again
	// (deadlocks, serialisation failures between concurrent writers).
	retryable func(error) bool
	// lockMigrations and unlockMigrations bracket migrations on one
	// connection, so concurrent processes do not migrate at once.
	lockMigrations, unlockMigrations string
}

func (s *sqlStore) Close() error {
	s.stmts.Range(func(_, v any) bool { v.(*sql.Stmt).Close(); return true })
	err := s.db.Close()
	if s.wdb != s.db {
		if werr := s.wdb.Close(); err == nil {
			err = werr
		}
	}
	return err
}

// wtx is a write transaction whose statements are prepared once per
// store and reused, since Put runs the same few dozen statements for
// every article and preparing them is a large part of its cost.
type wtx struct {
	ctx    context.Context
	tx     *sql.Tx
	s      *sqlStore
	missed []string
}

func (w *wtx) stmt(query string) (*sql.Stmt, error) {
	if v, ok := w.s.stmts.Load(query); ok {
		return w.tx.StmtContext(w.ctx, v.(*sql.Stmt)), nil
	}
	// Not prepared yet: prepare it for this transaction only, and on the
	// store once the transaction is over (the SQLite write handle has one
	// connection, which the transaction holds).
	w.missed = append(w.missed, query)
	return w.tx.PrepareContext(w.ctx, w.s.d.rebind(query))
}

// prepareMissed prepares on the store the statements this transaction
// had to prepare for itself; run it after Commit or Rollback.
func (w *wtx) prepareMissed() {
	for _, q := range w.missed {
		if _, ok := w.s.stmts.Load(q); ok {
			continue
		}
		st, err := w.s.wdb.PrepareContext(context.Background(), w.s.d.rebind(q))
		if err != nil {
			continue // the next transaction prepares it for itself again
		}
		if _, loaded := w.s.stmts.LoadOrStore(q, st); loaded {
			st.Close()
		}
	}
}

func (w *wtx) exec(query string, args ...any) error {
	st, err := w.stmt(query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(w.ctx, args...)
	return err
}

// execN runs a statement and returns the number of rows it changed.
func (w *wtx) execN(query string, args ...any) (int64, error) {
	st, err := w.stmt(query)
	if err != nil {
		return 0, err
	}
	res, err := st.ExecContext(w.ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (w *wtx) queryRow(query string, args ...any) scanner {
	st, err := w.stmt(query)
	if err != nil {
		return errRow{err}
	}
	return st.QueryRowContext(w.ctx, args...)
}

func (w *wtx) query(query string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(w.ctx, args...)
}

type scanner interface{ Scan(...any) error }

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

// migrate applies the migrations the database has not seen yet, each in
// its own transaction, and records the version reached. Where the dialect
// has a lock for it, processes opening one database at once take turns
// (CREATE TABLE IF NOT EXISTS alone is not safe against a concurrent one
// in PostgreSQL).
func migrate(ctx context.Context, db *sql.DB, d *dialect) error {
	// A store already at this program's schema needs no write at all:
	// opening it must not wait for the write lock, which a running ingest
	// holds nearly all the time (on SQLite it commits batch after batch,
	// and a waiting opener is seldom quick enough to slip in between).
	var newest, applied int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0), COUNT(DISTINCT version) FROM schema_migrations`).Scan(&newest, &applied); err == nil {
		if newest >= len(d.migrations) && applied >= len(d.migrations) {
			return tooNew(newest, d)
		}
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if d.lockMigrations != "" {
		if _, err := conn.ExecContext(ctx, d.lockMigrations); err != nil {
			return fmt.Errorf("migration lock: %w", err)
		}
		defer conn.ExecContext(context.Background(), d.unlockMigrations)
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	for v := 1; v <= len(d.migrations); v++ {
		if err := migrateOne(ctx, conn, d, v); err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
	}
	if err := conn.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&newest); err != nil {
		return err
	}
	return tooNew(newest, d)
}

// tooNew refuses a database a later version of the program migrated.
func tooNew(newest int, d *dialect) error {
	if newest > len(d.migrations) {
		return fmt.Errorf("database schema version %d is newer than this program's (%d): upgrade newsgraph", newest, len(d.migrations))
	}
	return nil
}

// migration is one schema step: statements separated by ";\n", then
// fill, when set, a Go step in the same transaction for what SQL alone
// cannot do (reading stored record JSON into new tables).
type migration struct {
	sql  string
	fill func(x execer) error
}

// execer is what the statements shared by Put and migrations need: wtx
// in Put, mtx in a migration.
type execer interface {
	exec(query string, args ...any) error
	queryRow(query string, args ...any) scanner
	query(query string, args ...any) (*sql.Rows, error)
}

// mtx runs a migration's Go step on its transaction; queries are written
// with ? placeholders like everywhere else.
type mtx struct {
	ctx context.Context
	tx  *sql.Tx
	d   *dialect
}

func (m *mtx) exec(query string, args ...any) error {
	_, err := m.tx.ExecContext(m.ctx, m.d.rebind(query), args...)
	return err
}

func (m *mtx) queryRow(query string, args ...any) scanner {
	return m.tx.QueryRowContext(m.ctx, m.d.rebind(query), args...)
}

func (m *mtx) query(query string, args ...any) (*sql.Rows, error) {
	return m.tx.QueryContext(m.ctx, m.d.rebind(query), args...)
}

func migrateOne(ctx context.Context, conn *sql.Conn, d *dialect, v int) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, d.rebind(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), v).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	m := d.migrations[v-1]
	for _, stmt := range strings.Split(m.sql, ";\n") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("%w\n%s", err, strings.TrimSpace(stmt))
		}
	}
	if m.fill != nil {
		if err := m.fill(&mtx{ctx: ctx, tx: tx, d: d}); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, d.rebind(`INSERT INTO schema_migrations(version, applied) VALUES (?, `+nowSQL(d)+`)`), v); err != nil {
		return err
	}
	return tx.Commit()
}

func nowSQL(d *dialect) string {
	if d.name == "postgres" {
		return `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`
	}
	return `strftime('%Y-%m-%dT%H:%M:%SZ', 'now')`
}

// ListLimit is how many results a list query with Limit n returns at
// most (the package's Limit convention with the default of 50).
func ListLimit(n int) int { return limit(n, 50) }

// limit applies the package's Limit convention.
func limit(n, def int) int {
	if n <= 0 {
		return def
	}
	return min(n, 1000)
}

// conds builds a WHERE clause and its arguments.
type conds struct {
	parts []string
	args  []any
}

func (c *conds) add(sql string, args ...any) {
	c.parts = append(c.parts, sql)
	c.args = append(c.args, args...)
}

func (c *conds) where() string {
	if len(c.parts) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(c.parts, " AND ")
}

// days adds since/until conditions on a day column.
func (c *conds) days(col, since, until string) {
	if since != "" {
		c.add(col+" >= ?", since)
	}
	if until != "" {
		c.add(col+" <= ?", until)
	}
}

// wordLike is a LIKE pattern matching name as whole words inside a
// search key column (search_key, speaker_key) written as ' ' || col ||
// ' ': the name goes through the same SearchKey, so "lopez" finds
// "Gonzalez-López". A name with no letters or digits matches nothing:
// its pattern is "", which no ' ' || col || ' ' is (the words' pattern
// would be two spaces, matching every quote without a speaker).
func wordLike(name string) string {
	k := SearchKey(name)
	if k == "" {
		return ""
	}
	return "% " + k + " %"
}

func idList(ids []int64) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprint(&b, id)
	}
	return b.String()
}

// maxSearchWords caps a full-text search. The index's work grows much
// faster than the number of terms (200 repeated words took 25 s on the
// Reuters corpus, 3,000 ran for over ten minutes), so one long query
// string could hold a core of the server indefinitely.
const maxSearchWords = 64

// checkText refuses a full-text search of more than maxSearchWords words.
func checkText(text string) error {
	if n := len(strings.Fields(text)); n > maxSearchWords {
		return fmt.Errorf("store: %w: the search has %d words; at most %d", ErrInvalid, n, maxSearchWords)
	}
	return nil
}

// maxNameLength caps a name searched for (entity, speaker, about): SQLite
// refuses a LIKE pattern past 50,000 bytes, which made such a search a
// 500, and no name comes near this.
const maxNameLength = 500

// checkName refuses a name longer than maxNameLength; what says which.
func checkName(what, name string) error {
	if n := utf8.RuneCountInString(name); n > maxNameLength {
		return fmt.Errorf("store: %w: %s is %d characters long; at most %d", ErrInvalid, what, n, maxNameLength)
	}
	return nil
}

// checkDays refuses a bad date, and a range that ends before it starts:
// that is dates swapped by mistake, and its empty answer would read as
// "nothing happened then".
func checkDays(since, until string) error {
	for _, d := range []string{since, until} {
		if !ValidDay(d) {
			return fmt.Errorf("store: %w: bad date %q: want YYYY-MM-DD", ErrInvalid, d)
		}
	}
	if since != "" && until != "" && until < since {
		return fmt.Errorf("store: %w: until %s is before since %s", ErrInvalid, until, since)
	}
	return nil
}

package store

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"newsgraph/internal/record"
)

// BenchmarkPutSQLite stores distinct articles of about 400 words with a
// dozen entities, three quotes and four events each, one transaction per article.
func BenchmarkPutSQLite(b *testing.B) {
	s, err := OpenSQLite(context.Background(), b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	benchmarkPut(b, s)
}

// BenchmarkPutManySQLite stores the same articles 32 to a PutMany, as
// ingest's writer does when it falls behind the analysers.
func BenchmarkPutManySQLite(b *testing.B) {
	s, err := OpenSQLite(context.Background(), b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	items := make([]Item, 0, 32)
	for i := 0; b.Loop(); i++ {
		items = append(items, Item{Record: benchRecord(i)})
		if len(items) == cap(items) {
			if _, err := s.PutMany(ctx, items); err != nil {
				b.Fatal(err)
			}
			items = items[:0]
		}
	}
	if _, err := s.PutMany(ctx, items); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPutPostgres is the same against $DATABASE_URL (skipped
// without it).
func BenchmarkPutPostgres(b *testing.B) {
	benchmarkPut(b, openTestPostgres(b))
}

// BenchmarkPutPostgresParallel stores from 8 goroutines at once, as
// ingest's PostgreSQL writers do.
func BenchmarkPutPostgresParallel(b *testing.B) {
	s := openTestPostgres(b)
	var next atomic.Int64
	b.SetParallelism(4) // × GOMAXPROCS goroutines
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.Put(context.Background(), Item{Record: benchRecord(int(next.Add(1)))}); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func benchmarkPut(b *testing.B, s Store) {
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := s.Put(ctx, Item{Record: benchRecord(i)}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func benchRecord(i int) *record.Record {
	var ents []ent
	var sb strings.Builder
	fmt.Fprintf(&sb, "Story number %d. ", i)
	for e := 0; e < 12; e++ {
		name := fmt.Sprintf("Person%d Surname%d", (i*7+e)%500, e)
		ents = append(ents, ent{id: fmt.Sprintf("e%d", e), typ: "PERSON", name: name})
		fmt.Fprintf(&sb, "%s met officials in city %d on day %d and discussed the budget, trade and the weather at length. ", name, (i+e)%97, i)
	}
	var quotes []quo
	for q := 0; q < 3; q++ {
		text := fmt.Sprintf("We will not accept proposal %d from Person%d Surname%d", i*3+q, (i*7+q+1)%500, q+1)
		fmt.Fprintf(&sb, `%s said "%s," adding more. `, ents[q].name, text)
		quotes = append(quotes, quo{text: text, speaker: ents[q].id})
	}
	for sb.Len() < 2400 {
		fmt.Fprintf(&sb, "Filler sentence %d about the economy of region %d. ", sb.Len(), i%13)
	}
	r := art(fmt.Sprintf("https://bench.example/%d", i), fmt.Sprintf("Outlet %d", i%9), fmt.Sprintf("2020-%02d-%02d", 1+i%12, 1+i%28), sb.String(), ents, quotes)
	// Four events, each one person meeting the next.
	for e := 0; e < 4; e++ {
		sentence := fmt.Sprintf("%s met officials in city %d", ents[e].name, (i+e)%97)
		evt(r, "CONSULT", "asserted", "", sentence, "", []record.Actor{act(ents[e].id, ents[e].name, "", "GOV")},
			[]record.Actor{act(ents[e+1].id, ents[e+1].name, "", "GOV")})
	}
	return r
}

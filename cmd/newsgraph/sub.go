package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
)

// subcommands is a second-level command table, for verbs that take a kind
// first: "eval ner", "eval quotes", "train ner".
type subcommands struct {
	verb  string
	table map[string]*command
}

var (
	evalCommands  = &subcommands{verb: "eval", table: map[string]*command{}}
	trainCommands = &subcommands{verb: "train", table: map[string]*command{}}
)

func init() {
	register(&command{name: "eval", summary: "measure accuracy against human-annotated data (ner, quotes, events)", run: evalCommands.run})
	register(&command{name: "train", summary: "train models: ner (tagger), quotes (cue and frame models), clusters (word clusters)", run: trainCommands.run})
}

func (s *subcommands) add(c *command) { s.table[c.name] = c }

func (s *subcommands) run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		w := stdout
		if len(args) == 0 {
			w = stderr
		}
		fmt.Fprintf(w, "Usage: newsgraph %s KIND [flags]\n\nKinds:\n", s.verb)
		names := slices.Sorted(maps.Keys(s.table))
		for _, n := range names {
			fmt.Fprintf(w, "  %-8s %s\n", n, s.table[n].summary)
		}
		fmt.Fprintf(w, "\nRun 'newsgraph %s KIND --help' for its flags.\n", s.verb)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := s.table[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "newsgraph %s: unknown kind %q (see newsgraph %s --help)\n", s.verb, args[0], s.verb)
		return 2
	}
	return c.run(args[1:], stdout, stderr)
}

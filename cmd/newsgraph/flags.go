package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"newsgraph/internal/reader"
)

// newFlags makes a flag set whose --help prints the synopsis, a
// description and every flag, on stdout, as people expect of --help.
func newFlags(name, synopsis, description string, stdout io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stdout)
	fs.Usage = func() {
		fmt.Fprintf(stdout, "Usage: newsgraph %s %s\n\n", name, synopsis)
		if description != "" {
			fmt.Fprintln(stdout, strings.TrimSpace(description))
			fmt.Fprintln(stdout)
		}
		fmt.Fprintln(stdout, "Flags:")
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("analyze file.txt --format json"). It returns done=true with the exit
// code when the command should stop: 0 after --help, 2 after a bad flag.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) (done bool, code int) {
	// The flag package prints a bad flag's error and the whole usage on
	// the flag set's output, which is stdout (for --help): silence it
	// while parsing, so that a mistake reaches stderr alone, once, and
	// never lands in output a script redirected.
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	defer func() { fs.SetOutput(out); fs.Usage = usage }()
	var positional []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(out)
				usage()
				return true, 0
			}
			return true, badUsage(stderr, fs.Name(), err.Error())
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			positional = append(positional, rest[1:]...)
			break
		}
		positional = append(positional, rest[0])
		rest = rest[1:]
	}
	// Re-parse so fs.Args() returns the positional arguments.
	_ = fs.Parse(append([]string{"--"}, positional...))
	if msg := negativeFlag(fs); msg != "" {
		return true, badUsage(stderr, fs.Name(), msg)
	}
	return false, 0
}

// negativeFlag names a numeric flag given a negative value. Every number
// this CLI takes is a count, a size, a rate or a probability, and the
// code behind several reads a negative one as "not given" (--limit -1
// answered with the default 50), so a minus sign is a mistake to report.
func negativeFlag(fs *flag.FlagSet) (msg string) {
	fs.Visit(func(f *flag.Flag) {
		g, ok := f.Value.(flag.Getter)
		if !ok || msg != "" {
			return
		}
		negative := false
		switch v := g.Get().(type) {
		case int:
			negative = v < 0
		case int64:
			negative = v < 0
		case float64:
			negative = v < 0
		}
		if negative {
			msg = fmt.Sprintf("--%s %s: want a number ≥ 0", f.Name, f.Value)
		}
	})
	return msg
}

// maxMBFlag adds --max-mb, the size of the largest article to read; the
// returned function gives it in bytes for reader.Options.MaxBytes, or
// says why it cannot.
func maxMBFlag(fs *flag.FlagSet) func() (int64, error) {
	mb := fs.Int("max-mb", reader.DefaultMaxBytes>>20, "largest article to read, in MB (text, HTML page, JSONL record or WARC page); a larger one is reported and skipped")
	return func() (int64, error) {
		if *mb < 1 {
			return 0, fmt.Errorf("--max-mb %d: want 1 or more", *mb)
		}
		return int64(*mb) << 20, nil
	}
}

// failed prints "newsgraph NAME: ERR" on stderr and returns exit code 1,
// the way every command reports an error that stops it.
func failed(stderr io.Writer, name string, err error) int {
	fmt.Fprintf(stderr, "newsgraph %s: %v\n", name, err)
	return 1
}

// badUsage prints "newsgraph NAME: MSG (see --help)" on stderr and
// returns exit code 2, for a command given wrong or missing flags.
func badUsage(stderr io.Writer, name, msg string) int {
	fmt.Fprintf(stderr, "newsgraph %s: %s (see --help)\n", name, msg)
	return 2
}

//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package writelock

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"testing"
	"time"
)

const helperEnv = "WRITELOCK_HELPER_DB"

// TestHelperHold is not a test: TestKilledHolderLeavesNoStaleLock runs
// the test binary again with only this function, as a process that takes
// the lock, says so and waits to be killed.
func TestHelperHold(t *testing.T) {
	db := os.Getenv(helperEnv)
	if db == "" {
		t.Skip("helper process for TestKilledHolderLeavesNoStaleLock")
	}
	if _, err := Acquire(context.Background(), db, false, nil); err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("locked\n")
	time.Sleep(time.Minute)
}

// TestKilledHolderLeavesNoStaleLock: while another process holds the
// lock, Acquire without waiting names it; after a kill -9 (no chance to
// clean up, the lock file stays) the lock is free at once.
func TestKilledHolderLeavesNoStaleLock(t *testing.T) {
	db := t.TempDir() + "/corpus.db"
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperHold$")
	cmd.Env = append(os.Environ(), helperEnv+"="+db)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	if line, err := bufio.NewReader(out).ReadString('\n'); line != "locked\n" {
		t.Fatalf("helper: %q, %v", line, err)
	}

	_, err := Acquire(context.Background(), db, false, nil)
	var busy *BusyError
	if !errors.As(err, &busy) || busy.PID != cmd.Process.Pid {
		t.Fatalf("Acquire while the helper (pid %d) holds the lock: %v", cmd.Process.Pid, err)
	}
	cmd.Process.Kill()
	cmd.Wait()
	if _, err := os.Stat(db + Suffix); err != nil {
		t.Fatalf("the lock file should stay behind: %v", err)
	}
	l, err := Acquire(context.Background(), db, false, nil)
	if err != nil {
		t.Fatalf("Acquire after the holder was killed: %v", err)
	}
	l.Release()
}

// TestWaitingAcquire: a waiting Acquire says once that it waits, gets
// the lock when the holder releases it, and gives up when ctx is done.
func TestWaitingAcquire(t *testing.T) {
	db := t.TempDir() + "/corpus.db"
	held, err := Acquire(context.Background(), db, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	told := make(chan *BusyError, 2)
	got := make(chan error, 1)
	go func() {
		l, err := Acquire(context.Background(), db, true, func(b *BusyError) { told <- b })
		l.Release()
		got <- err
	}()
	if b := <-told; b.PID != os.Getpid() {
		t.Errorf("waiting for pid %d, want this process's %d", b.PID, os.Getpid())
	}
	held.Release()
	if err := <-got; err != nil || len(told) != 0 {
		t.Errorf("waiting Acquire: %v, told %d more times", err, len(told))
	}

	held, _ = Acquire(context.Background(), db, false, nil)
	defer held.Release()
	ctx, cancel := context.WithTimeout(context.Background(), 3*pollEvery)
	defer cancel()
	if _, err := Acquire(ctx, db, true, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Acquire with ctx done: %v, want the deadline", err)
	}
}

// TestLinkedNameSharesTheLock: one corpus file reached through a
// symbolic link takes turns with its own name.
func TestLinkedNameSharesTheLock(t *testing.T) {
	dir := t.TempDir()
	db := dir + "/corpus.db"
	if err := os.WriteFile(db, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(db, dir+"/link.db"); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	held, err := Acquire(context.Background(), db, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Release()
	var busy *BusyError
	if l, err := Acquire(context.Background(), dir+"/link.db", false, nil); !errors.As(err, &busy) {
		l.Release()
		t.Errorf("Acquire through the link: %v, want a BusyError", err)
	}
}

package workshop_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"scaleroom/workshop"
	"scaleroom/workshop/workshoptest"
)

// Environment variables of the torture test: the first runs it (make
// torture), the second makes the test binary the child that saves in a
// loop, to the file it names.
const (
	tortureEnv      = "SCALEROOM_TORTURE"
	tortureChildEnv = "SCALEROOM_TORTURE_CHILD"
)

// TestTorture kills a process that saves the large session in a loop, 300
// times at random moments, and checks after each kill that the file and its
// backup load, that the backup is not newer than the file, and what the
// kill left behind. It takes a minute or two, so only make torture runs it.
func TestTorture(t *testing.T) {
	if path := os.Getenv(tortureChildEnv); path != "" {
		saveForever(path)
	}
	if os.Getenv(tortureEnv) != "1" {
		t.Skip("set " + tortureEnv + "=1 (make torture) to run")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "large.json")
	s := workshoptest.Session(workshoptest.Large)
	for i := range 2 { // a file and a backup to start with
		s.Notes = "save " + strconv.Itoa(i)
		if err := workshop.SaveFile(path, s); err != nil {
			t.Fatal(err)
		}
	}
	const kills = 300
	var intact, torn, badBak, maxTemps, uncleaned, changed int
	last := ""
	for k := range kills {
		killChild(t, path, time.Duration(rand.IntN(100))*time.Millisecond)
		left := temps(t, dir)
		if len(left) > 1 {
			t.Logf("kill %d left %q", k, left)
		}
		maxTemps = max(maxTemps, len(left))
		cur, err := workshop.LoadFile(path)
		if err != nil {
			torn++
			t.Errorf("kill %d: the file does not load: %v", k, err)
			continue
		}
		intact++
		if cur.Notes != last {
			changed++
			last = cur.Notes
		}
		bak, err := workshop.LoadFile(path + ".bak")
		if err != nil || saveNumber(bak) > saveNumber(cur) {
			badBak++
			t.Errorf("kill %d: backup: %v (backup %q, file %q)", k, err, bak.Notes, cur.Notes)
		}
		// Opening the file clears what the kill left.
		if left := temps(t, dir); len(left) != 0 {
			uncleaned++
			t.Errorf("kill %d: after opening the file, still left: %q", k, left)
		}
	}
	t.Logf("%d kills: %d intact (%d showing a newer save than the kill before), %d torn, %d bad backups; "+
		"at most %d temporary files left by a kill, %d left after opening the file",
		kills, intact, changed, torn, badBak, maxTemps, uncleaned)
	// Linux swaps the new file in and renames the old one to the backup,
	// so a kill leaves one temporary file at most; elsewhere the backup's
	// link may be left beside the save's own.
	limit := 1
	if runtime.GOOS != "linux" {
		limit = 2
	}
	if maxTemps > limit {
		t.Errorf("a kill left %d temporary files, want at most %d", maxTemps, limit)
	}
	if err := workshop.SaveFile(path, s); err != nil {
		t.Fatal(err)
	}
	if left := temps(t, dir); len(left) != 0 {
		t.Errorf("after a save, still left: %q", left)
	}
	if changed < kills/10 {
		t.Errorf("only %d of %d kills came after a completed save: the child hardly ran", changed, kills)
	}
}

// killChild starts the saving child, lets it run for about wait once it
// has started, and kills it with SIGKILL (TerminateProcess on Windows).
func killChild(t *testing.T, path string, wait time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestTorture$", "-test.count=1")
	cmd.Env = append(os.Environ(), tortureChildEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if _, err := bufio.NewReader(out).ReadString('\n'); err != nil {
		t.Fatalf("child did not start: %v", err)
	}
	time.Sleep(wait)
	cmd.Process.Kill()
	cmd.Wait()
}

// saveForever is the child: it saves the large session, a new version each
// time, until it is killed.
func saveForever(path string) {
	s, err := workshop.LoadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("saving")
	for n := saveNumber(s) + 1; ; n++ {
		s.Notes = "save " + strconv.Itoa(n)
		if err := workshop.SaveFile(path, s); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

func saveNumber(s *workshop.Session) int {
	if s == nil {
		return -1
	}
	n, _ := strconv.Atoi(strings.TrimPrefix(s.Notes, "save "))
	return n
}

func temps(t *testing.T, dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.Contains(e.Name(), ".scaleroom-tmp-") {
			out = append(out, e.Name())
		}
	}
	return out
}

package app

import (
	"bufio"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"scaleroom/workshop"
	"scaleroom/workshop/store"
)

// TestKillDuringSteadyEditing is the autosave promise under kill -9: a
// child Scaleroom (the test driver, real timers and a real disk) takes an
// edit every 0.9 s, faster than the quiet wait, and is killed at random
// moments; the file must always load and hold an edit at most 5 s old.
// It takes minutes, so it runs with `make torture` (SCALEROOM_TORTURE=1).
func TestKillDuringSteadyEditing(t *testing.T) {
	if p := os.Getenv("SCALEROOM_EDIT_CHILD"); p != "" {
		editForever(t, p)
		return
	}
	if os.Getenv("SCALEROOM_TORTURE") == "" {
		t.Skip("set SCALEROOM_TORTURE=1 (make torture) to kill a child Scaleroom during editing")
	}
	kills := 12
	if n, err := strconv.Atoi(os.Getenv("SCALEROOM_KILLS")); err == nil && n > 0 {
		kills = n
	}
	worst := time.Duration(0)
	for k := range kills {
		p := t.TempDir() + "/steady.json"
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringSteadyEditing$")
		cmd.Env = append(os.Environ(), "SCALEROOM_EDIT_CHILD="+p)
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "ready\n" {
			cmd.Process.Kill()
			t.Fatalf("child did not start: %q %v", line, err)
		}
		time.Sleep(5*time.Second + rand.N(25*time.Second))
		killed := time.Now()
		cmd.Process.Kill()
		cmd.Wait()
		got, err := workshop.LoadFile(p)
		if err != nil {
			t.Fatalf("kill %d: the file does not load: %v", k+1, err)
		}
		ns, err := strconv.ParseInt(got.Location, 10, 64)
		if err != nil {
			t.Fatalf("kill %d: location %q", k+1, got.Location)
		}
		lost := killed.Sub(time.Unix(0, ns))
		worst = max(worst, lost)
		t.Logf("kill %d: newest edit on disk was %v old", k+1, lost.Round(time.Millisecond))
		if lost > 5*time.Second {
			t.Errorf("kill %d lost %v of edits, want at most 5s", k+1, lost)
		}
	}
	t.Logf("%d kills, worst loss %v", kills, worst.Round(time.Millisecond))
}

// editForever is the child: it saves the session, says so, then records
// the time as the location every 0.9 s until it is killed.
func editForever(t *testing.T, path string) {
	f := newGUI(t)
	sw := startValues(t, f)
	f.picked = []string{path}
	sw.Save(nil)
	f.settle(t)
	sw.saver.SetSchedule(store.DefaultQuiet, store.DefaultCeiling)
	os.Stdout.WriteString("ready\n")
	tick := time.NewTicker(900 * time.Millisecond)
	for {
		select {
		case <-tick.C:
			sw.Editor.Session.Location = strconv.FormatInt(time.Now().UnixNano(), 10)
			sw.Changed()
		case fn := <-f.ui:
			fn()
		}
	}
}

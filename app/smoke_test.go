package app

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSmokeBinaryDrawsWindow builds the real binary, starts it on a virtual
// X display and checks that it draws a window. Xvfb writes its screen to a
// file (-fbdir), so no screenshot tool is needed to look at it.
func TestSmokeBinaryDrawsWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	xvfb, err := exec.LookPath("Xvfb")
	if err != nil {
		t.Skip("Xvfb is not installed, so the app cannot be started without a screen: install it with `make deps` (Debian package xvfb)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "scaleroom")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// The real binary's command line prints nothing on stderr on success,
	// in the C locale containers and CI run in too (Fyne's locale warning
	// must not leak into it).
	for _, args := range [][]string{{"templates"}, {"--version"}, {"validate", "../assets/templates/values-60.json"}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=C")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil || stderr.Len() > 0 || stdout.Len() == 0 {
			t.Errorf("scaleroom %s: %v, stderr %q, stdout %d bytes", strings.Join(args, " "), err, stderr.String(), stdout.Len())
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.CommandContext(ctx, xvfb, "-displayfd", "3", "-screen", "0", "1280x800x24", "-fbdir", dir, "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	w.Close()
	defer func() { x.Process.Kill(); x.Wait() }()
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("Xvfb did not report its display: %v", err)
	}
	display := ":" + strings.TrimSpace(line)

	home := filepath.Join(dir, "home")
	app := exec.CommandContext(ctx, bin)
	app.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		RecoveryDirEnv+"="+filepath.Join(dir, "recovery"), "SCALEROOM_TEMPLATE_DIR="+filepath.Join(dir, "templates"))
	var logs bytes.Buffer
	app.Stdout, app.Stderr = &logs, &logs
	if err := app.Start(); err != nil {
		t.Fatalf("start scaleroom: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- app.Wait() }()
	defer func() {
		app.Process.Kill()
		<-exited
	}()

	fb := filepath.Join(dir, "Xvfb_screen0")
	var colours int
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(250 * time.Millisecond) {
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("scaleroom exited early: %v\n%s", err, logs.String())
		default:
		}
		if colours, err = screenColours(fb); err != nil {
			t.Fatal(err)
		}
		if colours > 16 { // an empty screen is one colour; a drawn window has text and icons
			break
		}
	}
	if colours <= 16 {
		t.Fatalf("nothing drawn after 30 s (%d colours on screen)\n%s", colours, logs.String())
	}
	if xwininfo, err := exec.LookPath("xwininfo"); err == nil {
		out, _ := exec.Command(xwininfo, "-display", display, "-root", "-tree").CombinedOutput()
		if !strings.Contains(string(out), `"Scaleroom"`) {
			t.Errorf("no window titled Scaleroom:\n%s", out)
		}
	}
	t.Logf("window drawn on %s with %d colours", display, colours)
}

// screenColours counts the distinct pixel values in an XWD screen dump (up
// to 1000, enough to tell an empty screen from a drawn one).
func screenColours(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	if len(data) < 100 {
		return 0, fmt.Errorf("%s: too short for an XWD dump", path)
	}
	field := func(i int) uint32 { return binary.BigEndian.Uint32(data[i*4:]) }
	headerSize, bpp, bytesPerLine, ncolours := field(0), field(11), field(12), field(19)
	width, height := field(4), field(5)
	off := int(headerSize + ncolours*12)
	if bpp != 32 || off+int(bytesPerLine*height) > len(data) {
		return 0, fmt.Errorf("%s: unexpected XWD layout (%d bits per pixel)", path, bpp)
	}
	seen := map[uint32]bool{}
	for y := uint32(0); y < height && len(seen) < 1000; y += 3 {
		row := data[off+int(y*bytesPerLine):]
		for x := uint32(0); x < width; x += 3 {
			seen[binary.LittleEndian.Uint32(row[x*4:])&0xffffff] = true
		}
	}
	return len(seen), nil
}

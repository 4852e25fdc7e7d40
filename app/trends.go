package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"scaleroom/export/report"
	"scaleroom/workshop"
)

// TrendsScreen is the Trends page: the open session beside the other
// sessions of its series, found among the recent files and in a folder the
// facilitator chooses, as small charts with the report's words. Files are
// read off the UI goroutine; the open session is always taken as it is on
// screen.
type TrendsScreen struct {
	sw *SessionWindow

	Folder  *widget.Button
	Reload  *widget.Button
	Status  *widget.Label
	Problem *widget.Label
	// Content holds the headings, texts and charts, rebuilt when the
	// series is read or the session changes.
	Content *fyne.Container
	Charts  []*TrendChart
	texts   []string

	// What was read: the other sessions of the series and their files,
	// and what was left out.
	others  []*workshop.Session
	paths   []string
	notes   []string
	problem string
	loaded  bool
	loading bool
	root    fyne.CanvasObject
}

// NewTrendsScreen builds the page and starts reading the series.
func NewTrendsScreen(sw *SessionWindow) *TrendsScreen {
	t := &TrendsScreen{sw: sw}
	t.Folder = widget.NewButtonWithIcon(lang.L("Add a folder…"), theme.FolderOpenIcon(), t.chooseFolder)
	t.Reload = widget.NewButtonWithIcon(lang.L("Read again"), theme.ViewRefreshIcon(), t.load)
	t.Status = widget.NewLabel("")
	t.Status.Wrapping = fyne.TextWrapWord
	t.Problem = widget.NewLabel("")
	t.Problem.Wrapping = fyne.TextWrapWord
	t.Problem.Importance = widget.DangerImportance
	t.Problem.Hide()
	t.Content = container.NewVBox()
	head := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(t.Folder, t.Reload), t.Status), t.Problem)
	t.root = container.NewBorder(head, nil, nil, nil, container.NewVScroll(t.Content))
	t.load()
	return t
}

// Object is the page's root widget.
func (t *TrendsScreen) Object() fyne.CanvasObject { return t.root }

// Loading reports whether files are being read.
func (t *TrendsScreen) Loading() bool { return t.loading }

// Text is the page's words, a block a line, for tests.
func (t *TrendsScreen) Text() string { return strings.Join(t.texts, "\n") }

// Refresh shows the series again with the session as it is now.
func (t *TrendsScreen) Refresh() {
	if t.loaded {
		t.show()
	}
}

func (t *TrendsScreen) chooseFolder() {
	pickFolderFor(t.sw, lang.L("Choose a folder that holds sessions of this series"), lang.L("Use this folder"), func(dir string) {
		if dir == "" {
			return
		}
		t.sw.series.trendsDir = dir
		t.load()
	})
}

// load reads the recent files and the chosen folder in the background.
func (t *TrendsScreen) load() {
	if t.loading {
		return
	}
	t.loading = true
	t.Status.SetText(lang.L("Reading the sessions of this series…"))
	cur := t.sw.Editor.Session.Clone()
	curPath, recent, dir := t.sw.Path(), t.sw.App.Recent(), t.sw.series.trendsDir
	do := t.sw.App.Do
	go func() {
		sessions, paths, notes, err := gatherSeries(cur, curPath, recent, dir)
		do(func() {
			t.loading, t.loaded = false, true
			t.others, t.paths, t.notes, t.problem = nil, nil, notes, ""
			if err != nil {
				t.problem = err.Error()
			} else {
				t.others, t.paths = sessions[1:], paths[1:]
			}
			t.show()
		})
	}()
}

// show puts the series in order with the session as it is now, and draws
// its trends.
func (t *TrendsScreen) show() {
	s := t.sw.Editor.Session
	where := lang.L("your recent files")
	if d := t.sw.series.trendsDir; d != "" {
		where = fmt.Sprintf(lang.L("your recent files and %s"), d)
	}
	t.texts = t.texts[:0]
	t.Charts = nil
	t.Content.Objects = nil
	defer t.Content.Refresh()
	problem := t.problem
	var sr *workshop.Series
	if problem == "" {
		var err error
		sr, err = workshop.NewSeries(append([]*workshop.Session{s}, t.others...), append([]string{t.sw.Path()}, t.paths...))
		if err != nil {
			problem = err.Error()
		}
	}
	status := fmt.Sprintf(lang.L("Sessions of this series found in %s."), where)
	if len(t.notes) > 0 {
		status += fmt.Sprintf(lang.L(" Left out: %s."), strings.Join(t.notes, "; "))
	}
	if problem != "" {
		t.Problem.SetText(fmt.Sprintf(lang.L("%s No trends are shown until that is put right."), sentence(problem)))
		t.Problem.Show()
		t.Status.SetText(status)
		return
	}
	t.Problem.Hide()
	if len(sr.Sessions) == 1 {
		status = fmt.Sprintf(lang.L("This is the only session of its series in %s. Add the folder that holds the others, or make a follow-up (File > New follow-up…)."), where)
	}
	t.Status.SetText(status)
	opt := t.sw.reportOptions()
	opt.Series = sr
	rep, err := report.Build(s, opt)
	if err != nil {
		t.Problem.SetText(sentence(err.Error()))
		t.Problem.Show()
		return
	}
	sec := rep.Section(report.TrendsID)
	if sec == nil {
		return
	}
	var grid *fyne.Container
	for _, b := range sec.For(report.Screen) {
		if c, ok := b.(*report.TrendChart); ok {
			if grid == nil {
				grid = container.NewGridWrap(trendChartSize)
				t.Content.Objects = append(t.Content.Objects, grid)
			}
			ch := NewTrendChart(c)
			grid.Objects = append(grid.Objects, ch)
			t.Charts = append(t.Charts, ch)
			t.texts = append(t.texts, c.Title+": "+c.Caption)
			continue
		}
		grid = nil
		var l *widget.Label
		switch b := b.(type) {
		case *report.Heading:
			l = heading(b.Text)
		case *report.Paragraph:
			l = widget.NewLabel(b.Text)
			if b.Tone == report.Aside {
				l.SizeName = theme.SizeNameCaptionText
			}
		default:
			continue
		}
		l.Wrapping = fyne.TextWrapWord
		t.Content.Objects = append(t.Content.Objects, l)
		t.texts = append(t.texts, l.Text)
	}
}

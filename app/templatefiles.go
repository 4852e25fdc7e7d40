package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"scaleroom/workshop"
)

// Template files travel between facilitators: one is opened, dropped on
// the window or imported into the user's templates, and a session's agenda
// is exported as one.

// openAny opens a session file, or offers what can be done with a
// template file: start a session from it, or keep it among the user's
// templates.
func (s *Scaleroom) openAny(path string) bool {
	t, err := workshop.LoadTemplateFile(path)
	if err != nil {
		return s.OpenFile(path) // a session, or a file that says why it is neither
	}
	s.offerTemplate(t, path)
	return true
}

// offerTemplate asks what to do with a template file.
func (s *Scaleroom) offerTemplate(t *workshop.Template, path string) {
	msg := fmt.Sprintf("%s is a template: an agenda to start sessions from, not a session.\n\n"+
		"Start a session from it now, or add it to your templates to find it on the home screen.", filepath.Base(path))
	d := dialog.NewCustomWithoutButtons(t.Name, wrapped(msg), s.Window)
	start := widget.NewButton("Start a session", func() {
		d.Hide()
		s.leave(func() { s.NewSession(t) })
	})
	start.Importance = widget.HighImportance
	keep := widget.NewButton("Add to my templates", func() {
		d.Hide()
		s.importTemplate(t)
	})
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	d.SetButtons([]fyne.CanvasObject{cancel, keep, start})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// ImportTemplate reads a template file into the user's templates.
func (s *Scaleroom) ImportTemplate(path string) {
	t, err := workshop.LoadTemplateFile(path)
	if err != nil {
		msg := openError(path, err)
		if errors.Is(err, workshop.ErrWrongKind) {
			msg = fmt.Sprintf("%s is not a template file. To use a session as a template, open it and choose File > Save as template.", filepath.Base(path))
		}
		showProblem(s.Window, "Could not import "+filepath.Base(path), msg)
		return
	}
	s.importTemplate(t)
}

func (s *Scaleroom) importTemplate(t *workshop.Template) {
	cp := *t
	cp.Builtin, cp.Path = false, ""
	if _, err := s.Library.Save(&cp); err != nil {
		showProblem(s.Window, "Template not imported", fmt.Sprintf("Could not add %q to your templates: %v.", t.Name, err))
		return
	}
	msg := fmt.Sprintf("%q is now among your templates.", cp.Name)
	if s.Home != nil {
		s.Home.Refresh()
	}
	if s.Session != nil {
		s.Session.Status.SetText(msg)
		return
	}
	dialog.ShowInformation("Template imported", msg, s.Window)
}

// chooseImportTemplate asks for a template file to import.
func (s *Scaleroom) chooseImportTemplate() {
	s.pick(false, "", func(path string) {
		if path != "" {
			s.ImportTemplate(path)
		}
	})
}

// ExportTemplate asks where to write the session's agenda as a template
// file to hand to another facilitator.
func (sw *SessionWindow) ExportTemplate() {
	name := strings.TrimSpace(sw.Editor.Session.Title)
	if name == "" {
		name = "Scaleroom template"
	}
	suggested := workshop.FileSlug(name)
	if suggested == "" {
		suggested = "template"
	}
	sw.App.pickExt(suggested+" (template).json", ".json", "Export", func(path string) {
		if path == "" {
			return
		}
		t := workshop.TemplateFrom(sw.Editor.Session, workshop.Slug(name), name, "")
		if t.ID == "" {
			t.ID = "template"
		}
		if err := workshop.SaveTemplateFile(path, t); err != nil {
			showProblem(sw.App.Window, "Template not exported", fmt.Sprintf("%s could not be written: %v.", filepath.Base(path), err))
			return
		}
		sw.Status.SetText("Template written to " + path)
	})
}

// dropped opens the first file dropped on the window: one session at a
// time is open.
func (s *Scaleroom) dropped(uris []fyne.URI) {
	for _, u := range uris {
		if u == nil || u.Scheme() != "file" {
			continue
		}
		s.openAny(u.Path())
		return
	}
}

// pickExt asks where to save a file with extension ext, added when the
// name typed lacks it.
func (s *Scaleroom) pickExt(suggested, ext, confirm string, done func(path string)) {
	if s.pickFile != nil {
		s.pickFile(true, suggested, func(p string) {
			if p != "" {
				p = withExt(p, ext)
			}
			done(p)
		})
		return
	}
	showFileSaveDialog(s.Window, suggested, ext, confirm, done)
}

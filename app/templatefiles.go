package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
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
	msg := fmt.Sprintf(lang.L("%s is a template: an agenda to start sessions from, not a session.\n\nStart a session from it now, or add it to your templates to find it on the home screen."), filepath.Base(path))
	d := dialog.NewCustomWithoutButtons(t.Name, wrapped(msg), s.Window)
	start := widget.NewButton(lang.L("Start a session"), func() {
		d.Hide()
		s.leave(func() { s.NewSession(t) })
	})
	start.Importance = widget.HighImportance
	keep := widget.NewButton(lang.L("Add to my templates"), func() {
		d.Hide()
		s.importTemplate(t)
	})
	cancel := widget.NewButton(lang.L("Cancel"), func() { d.Hide() })
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
			msg = fmt.Sprintf(lang.L("%s is not a template file. To use a session as a template, open it and choose File > Save as template."), filepath.Base(path))
		}
		showProblem(s.Window, fmt.Sprintf(lang.L("Could not import %s"), filepath.Base(path)), msg)
		return
	}
	s.importTemplate(t)
}

func (s *Scaleroom) importTemplate(t *workshop.Template) {
	cp := *t
	cp.Builtin, cp.Path = false, ""
	if _, err := s.Library.Save(&cp); err != nil {
		showProblem(s.Window, lang.L("Template not imported"), fmt.Sprintf(lang.L("Could not add %q to your templates: %v."), t.Name, err))
		return
	}
	msg := fmt.Sprintf(lang.L("%q is now among your templates."), cp.Name)
	if s.Home != nil {
		s.Home.Refresh()
	}
	if s.Session != nil {
		s.Session.Status.SetText(msg)
		return
	}
	dialog.ShowInformation(lang.L("Template imported"), msg, s.Window)
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
		name = lang.L("Scaleroom template")
	}
	suggested := workshop.FileSlug(name)
	if suggested == "" {
		suggested = lang.L("template")
	}
	sw.App.pickExt(fmt.Sprintf(lang.L("%s (template)"), suggested)+".json", ".json", lang.L("Export"), lang.L("Could not export"), func(path string) {
		if path == "" {
			return
		}
		t := workshop.TemplateFrom(sw.Editor.Session, workshop.Slug(name), name, "")
		if t.ID == "" {
			t.ID = "template"
		}
		if err := workshop.SaveTemplateFile(path, t); err != nil {
			showProblem(sw.App.Window, lang.L("Template not exported"), fmt.Sprintf(lang.L("%s could not be written: %v."), filepath.Base(path), err))
			return
		}
		sw.Status.SetText(fmt.Sprintf(lang.L("Template written to %s"), path))
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
// name typed lacks it; confirm and failed are as for showFileSaveDialog.
func (s *Scaleroom) pickExt(suggested, ext, confirm, failed string, done func(path string)) {
	if s.pickFile != nil {
		s.pickFile(true, suggested, func(p string) {
			if p != "" {
				p = withExt(p, ext)
			}
			done(p)
		})
		return
	}
	showFileSaveDialog(s.Window, suggested, ext, confirm, failed, done)
}

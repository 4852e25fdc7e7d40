package app

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"

	"fyne.io/fyne/v2/lang"

	"scaleroom/workshop"
)

// openError turns a loader error into sentences for the facilitator: what
// went wrong in plain words, then the loader's own detail (with its line,
// column or field path) so the file can be fixed.
func openError(path string, err error) string {
	name := filepath.Base(path)
	detail := stripPrefixes(err.Error(), "open "+path+": ", "read: ")
	var lead string
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf(lang.L("%s is no longer at %s. It may have been moved, renamed or deleted."), name, filepath.Dir(path))
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf(lang.L("Scaleroom is not allowed to read %s. Check the file's permissions."), name)
	case errors.Is(err, workshop.ErrNotRegular):
		// The loader says what it is: "is a folder, not a regular file";
		// in another language, its sentence is given whole.
		what, ok := strings.CutPrefix(detail, "is ")
		if what, ok2 := strings.CutSuffix(what, ", not a regular file"); ok && ok2 {
			return fmt.Sprintf(lang.L("Could not open %s: it is %s, not a session file."), name, what)
		}
		return fmt.Sprintf(lang.L("Could not open %s: %s."), name, detail)
	case errors.Is(err, workshop.ErrSyntax):
		lead = lang.L("The file is damaged or is not a session file")
		detail = strings.TrimPrefix(detail, workshop.ErrSyntax.Error()+": ")
	case errors.Is(err, workshop.ErrNotUTF8):
		lead = lang.L("The file is not text Scaleroom can read")
	case errors.Is(err, workshop.ErrTooLarge):
		lead = lang.L("The file is far too large to be a session")
	case errors.Is(err, workshop.ErrWrongKind):
		lead = lang.L("This is not a Scaleroom session")
		detail = strings.TrimPrefix(detail, workshop.ErrWrongKind.Error()+": ")
	case errors.Is(err, workshop.ErrNewerVersion):
		lead = lang.L("The file was made by a newer version of Scaleroom")
		detail = strings.TrimPrefix(detail, workshop.ErrNewerVersion.Error()+": ")
	case errors.Is(err, workshop.ErrInvalid):
		lead = lang.L("Some of its content is not valid")
		detail = strings.TrimPrefix(detail, workshop.ErrInvalid.Error()+": ")
	default:
		lead = lang.L("Scaleroom could not read it")
	}
	return fmt.Sprintf(lang.L("Could not open %s: %s.\n\n%s"), name, lead, wrapDetail(detail))
}

// saveError says why a save failed and that nothing was lost.
func saveError(path string, err error) string {
	name := filepath.Base(path)
	var why string
	switch {
	case errors.Is(err, syscall.ENOSPC):
		why = lang.L("the disk is full")
	case errors.Is(err, syscall.EROFS):
		why = lang.L("the disk or folder is read-only")
	case errors.Is(err, fs.ErrPermission):
		why = lang.L("Scaleroom is not allowed to write in that folder")
	case errors.Is(err, fs.ErrNotExist):
		why = fmt.Sprintf(lang.L("its folder %s no longer exists"), filepath.Dir(path))
	default:
		why = stripPrefixes(err.Error(), "save "+path+": ")
	}
	return fmt.Sprintf(lang.L("Could not save %s: %s.\n\nYour work is still here and nothing was lost. Try Save As to keep it somewhere else."), name, why)
}

func stripPrefixes(s string, prefixes ...string) string {
	for _, p := range prefixes {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// wrapDetail keeps long loader messages readable in a dialog by putting each
// problem on its own line.
func wrapDetail(s string) string {
	s = strings.ReplaceAll(s, "; ", "\n")
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

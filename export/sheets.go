package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"scaleroom/workshop"
	"scaleroom/workshop/safefile"
)

// SheetFileName is the file a participant's personal sheet is written to in
// a folder of sheets: their place in the roster and their name made safe
// for any file system, "03-jose-maria-nunez.pdf". The number keeps names
// apart that make the same slug, or none at all (an all-Chinese name).
func SheetFileName(s *workshop.Session, p *workshop.Participant) string {
	n := s.ParticipantIndex(p.ID)
	width := len(fmt.Sprint(len(s.Participants)))
	name := fmt.Sprintf("%0*d", max(2, width), n)
	if slug := nameSlug(p.Name); slug != "" {
		name += "-" + slug
	}
	return name + ".pdf"
}

// nameSlug is a name as it can stand in a file name, in its own script
// (workshop.FileSlug: "李小龍", "josé-maría-núñez"), at most 60 bytes: a
// facilitator sending sheets must see whose each one is, whatever the
// script of the name.
func nameSlug(name string) string {
	slug := workshop.FileSlug(name)
	if len(slug) > 60 {
		cut := 60
		for cut > 0 && !utf8.RuneStart(slug[cut]) {
			cut--
		}
		slug = strings.TrimRight(slug[:cut], "-")
	}
	return slug
}

// WriteSheets writes every participant's personal sheet into dir, one PDF
// each, named by SheetFileName, and returns the paths. Every sheet is
// rendered before any is written, so a failure leaves the folder as it was;
// each file is then written atomically. opt.Participant is ignored.
func WriteSheets(dir string, s *workshop.Session, opt Options) ([]string, error) {
	if s == nil || len(s.Participants) == 0 {
		return nil, errors.New(tr("write personal sheets: the session has no participants"))
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf(tr("write personal sheets: %w"), err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf(tr("write personal sheets: %s is not a folder"), dir)
	}
	type sheet struct {
		path string
		data []byte
	}
	sheets := make([]sheet, 0, len(s.Participants))
	for i := range s.Participants {
		p := &s.Participants[i]
		o := opt
		o.Participant = p.ID
		data, _, err := Render(s, o)
		if err != nil {
			return nil, fmt.Errorf(tr("write personal sheet for %s: %w"), p.Name, err)
		}
		sheets = append(sheets, sheet{filepath.Join(dir, SheetFileName(s, p)), data})
	}
	paths := make([]string, 0, len(sheets))
	for _, sh := range sheets {
		err := safefile.Write(sh.path, false, func(w io.Writer) error {
			_, err := io.Copy(w, bytes.NewReader(sh.data))
			return err
		})
		if err != nil {
			return paths, fmt.Errorf(tr("write personal sheets: %w"), err)
		}
		paths = append(paths, sh.path)
	}
	return paths, nil
}

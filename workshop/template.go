package workshop

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"scaleroom/assets"
)

// Template is a reusable agenda: steps with prompts and timeboxes, values,
// load items and initiatives, without anyone's responses or decisions.
type Template struct {
	ID          string
	Name        string
	Description string // one line, shown when picking a template
	Session     Session
	Builtin     bool   // shipped with Scaleroom
	Path        string // file it was read from, for user templates
}

// Minutes is the template's planned duration.
func (t *Template) Minutes() int { return t.Session.PlannedMinutes() }

// Validate checks the template's own fields and its session.
func (t *Template) Validate() error {
	var c checker
	if t.ID == "" {
		c.add(root("id"), tr("missing"))
	} else if Slug(t.ID) != t.ID {
		c.addf(root("id"), tr("%q must be lower-case letters, digits and dashes"), t.ID)
	}
	if strings.TrimSpace(t.Name) == "" {
		c.add(root("name"), tr("missing"))
	}
	t.Session.check(&c, root("session"))
	return c.err()
}

// NewSession starts a session from the template, dated today. A built-in
// template's load items and initiatives are examples (see BuiltinExamples)
// and stay out of the new session.
func (t *Template) NewSession(now time.Time) *Session {
	s := t.Session.Clone()
	if t.Builtin {
		s.clearExamples() // FillExamples brings them when wanted
	}
	s.Template = t.ID
	// Each new session starts a series of its own; its follow-ups join it.
	s.Series, s.Previous = NewSeriesID(), nil
	s.Created, s.Modified = now.UTC().Truncate(time.Second), now.UTC().Truncate(time.Second)
	s.Date = now.Format("2006-01-02")
	if s.Title == "" {
		s.Title = t.Name
	}
	return s
}

// TemplateFrom turns a session into a template: it keeps the agenda, the
// values, the load items and the initiatives with their prompts and
// timeboxes, and drops the people, their responses, the decisions, the
// actions and anything dated.
func TemplateFrom(s *Session, id, name, description string) *Template {
	c := s.Clone()
	// The people go, so an item a participant owns keeps their name as text:
	// an ID would point at nobody.
	for i := range c.Participants {
		c.ownersToText(&c.Participants[i])
	}
	c.Participants = []Participant{}
	c.Actions = []Action{}
	c.Notes, c.Date, c.Location, c.Template = "", "", "", ""
	c.Series, c.Previous = "", nil
	c.Created, c.Modified = time.Time{}, time.Time{}
	c.Title = name
	for i := range c.Steps {
		st := &c.Steps[i]
		st.Done, st.UsedSeconds = false, 0
		if st.Values != nil {
			for j := range st.Values.Values {
				st.Values.Values[j].Responses = nil
				st.Values.Values[j].Tally = nil
			}
		}
		if st.Load != nil {
			for j := range st.Load.Items {
				it := &st.Load.Items[j]
				it.Decision, it.DecisionOwner, it.DecisionDate, it.Target, it.Note = "", Owner{}, "", nil, ""
				it.DeferredLastTime = false
			}
		}
		if st.Reflection != nil {
			for j := range st.Reflection.Initiatives {
				in := &st.Reflection.Initiatives[j]
				*in = Initiative{ID: in.ID, Name: in.Name, Evidence: in.Evidence}
			}
		}
	}
	return &Template{ID: id, Name: name, Description: description, Session: *c}
}

// MaxSlug is the longest slug Slug returns, so that a slug plus a suffix
// and extension stays a valid file name (file systems allow 255 bytes).
const MaxSlug = 80

// Slug turns a name into a template ID: lower-case ASCII letters and
// digits, accents removed ("Café Équipe" is "cafe-equipe"), joined by single
// dashes, at most MaxSlug bytes.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(foldAccents(name)) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				if b.Len()+2 > MaxSlug {
					break
				}
				b.WriteByte('-')
			}
			if b.Len()+1 > MaxSlug {
				break
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// FileSlug turns a title into the stem of a suggested file name: letters
// and digits of any script, lower-cased and composed, joined by single
// dashes, at most MaxSlug bytes. Unlike Slug, which makes template IDs and
// keeps ASCII only, it keeps "李小龍" or "Café" whole instead of
// suggesting an empty or mangled name. It returns "" for a title with no
// letter or digit.
func FileSlug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFC.String(strings.ToLower(title)) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.M, r) {
			dash = true
			continue
		}
		n := utf8.RuneLen(r)
		if dash && b.Len() > 0 && !unicode.Is(unicode.M, r) {
			n++
		}
		if b.Len()+n > MaxSlug {
			break
		}
		if n > utf8.RuneLen(r) {
			b.WriteByte('-')
		}
		b.WriteRune(r)
		dash = false
	}
	return b.String()
}

// TemplateDirEnv overrides where user templates are kept.
const TemplateDirEnv = "SCALEROOM_TEMPLATE_DIR"

// UserTemplateDir is the folder of the user's own templates:
// $SCALEROOM_TEMPLATE_DIR, or scaleroom/templates in the user's config folder.
func UserTemplateDir() (string, error) {
	if d := os.Getenv(TemplateDirEnv); d != "" {
		return d, nil
	}
	cfg, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf(tr("find the templates folder: %w"), err)
	}
	return filepath.Join(cfg, "scaleroom", "templates"), nil
}

// BuiltinTemplates reads the templates shipped in assets/templates, in file
// name order, in the reader's language: their names, descriptions, titles,
// prompts and examples are translated as they are read (see
// TranslatedTexts); their IDs are not.
func BuiltinTemplates() ([]*Template, error) {
	return readTemplates(assets.Templates, "templates", true)
}

// readTemplates reads the templates in dir, translated when translate is
// set.
func readTemplates(fsys fs.FS, dir string, translate bool) ([]*Template, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []*Template
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf(tr("read built-in template %s: %w"), n, err)
		}
		t, err := DecodeTemplate(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf(tr("built-in template %s: %w"), n, err)
		}
		t.Builtin = true
		if translate {
			t.translate()
		}
		out = append(out, t)
	}
	return out, nil
}

// Library is where templates come from: the built-in ones and a folder of
// the user's own.
type Library struct {
	Dir string // user templates; "" for built-ins only
}

// DefaultLibrary uses UserTemplateDir, or built-ins only when there is none.
func DefaultLibrary() Library {
	dir, _ := UserTemplateDir()
	return Library{Dir: dir}
}

// List returns built-in templates, then the user's sorted by name. A user
// template that cannot be read is skipped and reported in problems, so one
// bad file does not hide the rest.
func (l Library) List() (templates []*Template, problems []error) {
	builtin, err := BuiltinTemplates()
	if err != nil {
		problems = append(problems, err)
	}
	templates = append(templates, builtin...)
	if l.Dir == "" {
		return templates, problems
	}
	entries, err := os.ReadDir(l.Dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		problems = append(problems, fmt.Errorf(tr("read templates folder %s: %w"), l.Dir, err))
	}
	var user []*Template
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".json" {
			continue
		}
		t, err := LoadTemplateFile(filepath.Join(l.Dir, e.Name()))
		if err != nil {
			problems = append(problems, err)
			continue
		}
		user = append(user, t)
	}
	sort.SliceStable(user, func(i, j int) bool { return user[i].Name < user[j].Name })
	return append(templates, user...), problems
}

// Find returns the template with that ID.
func (l Library) Find(id string) (*Template, error) {
	all, problems := l.List()
	for _, t := range all {
		if t.ID == id {
			return t, nil
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf(tr("no template %q (and some templates could not be read: %v)"), id, problems[0])
	}
	return nil, fmt.Errorf(tr("no template %q; `scaleroom templates` lists them"), id)
}

// Save writes a user template named after its ID, choosing a fresh ID when
// the name's slug is taken by another template. It returns the file path.
func (l Library) Save(t *Template) (string, error) {
	if l.Dir == "" {
		return "", errors.New(tr("no folder for user templates"))
	}
	if err := os.MkdirAll(l.Dir, 0o755); err != nil {
		return "", fmt.Errorf(tr("create templates folder: %w"), err)
	}
	base := Slug(t.Name)
	if base == "" {
		base = "template"
	}
	taken := map[string]bool{}
	all, _ := l.List()
	for _, o := range all {
		if o.Builtin || o.ID != t.ID {
			taken[o.ID] = true
		}
	}
	id := base
	for n := 2; taken[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	t.ID = id
	p := filepath.Join(l.Dir, id+".json")
	if err := SaveTemplateFile(p, t); err != nil {
		return "", err
	}
	t.Path = p
	return p, nil
}

package store

// MaxRecent is how many recent files the list keeps.
const MaxRecent = 8

// Prefs is where the recent list is kept: the app's preferences (Fyne's
// fyne.Preferences has these methods).
type Prefs interface {
	StringList(key string) []string
	SetStringList(key string, value []string)
}

const prefRecent = "recent-files"

// Recent is the list of recently used session files, newest first.
type Recent struct{ Prefs Prefs }

// List is the list, newest first.
func (r Recent) List() []string { return r.Prefs.StringList(prefRecent) }

// Add puts path first, by its absolute name, keeping MaxRecent entries.
func (r Recent) Add(path string) {
	path = absPath(path)
	list := []string{path}
	for _, p := range r.List() {
		if p != path && len(list) < MaxRecent {
			list = append(list, p)
		}
	}
	r.Prefs.SetStringList(prefRecent, list)
}

// Remove takes path off the list.
func (r Recent) Remove(path string) {
	var list []string
	for _, p := range r.List() {
		if p != path {
			list = append(list, p)
		}
	}
	r.Prefs.SetStringList(prefRecent, list)
}

package workshop

import (
	"fmt"
	"slices"
	"strings"
)

// Upgrades of old files, one function a version, run by decode on the raw
// JSON object before it meets the Go types.

// ownersToReferences upgrades version 1 to 2. Version 1 wrote owners
// (actions[].owner, and load items' owner and decision_owner) as free
// text; version 2 writes an object, {"participant": ID} or {"name": text}.
// A text that is one participant's name, compared by NameKey (Unicode NFC,
// case folded, trimmed, runs of space as one), becomes that participant's
// ID; any other text is kept exactly as written, and blank text is no
// owner. A name two participants share by NameKey stays text: guessing
// would hand one person's work to another.
func ownersToReferences(raw map[string]any) error {
	sess, base := raw, ""
	if k, _ := lookup(raw, "kind"); k == KindTemplate {
		v, ok := lookup(raw, "session")
		if !ok {
			return nil
		}
		if sess, ok = v.(map[string]any); !ok {
			return nil // the decoder reports the wrong shape with its path
		}
		base = "session."
	}
	byKey := rosterKeys(sess)
	upgrade := func(obj map[string]any, field, path string) error {
		for _, k := range keysFolding(obj, field) {
			switch v := obj[k].(type) {
			case nil:
				// null reads as no owner in either version.
			case string:
				if strings.TrimSpace(v) == "" {
					delete(obj, k)
				} else if id, ok := byKey[NameKey(v)]; ok && id != "" {
					obj[k] = map[string]any{"participant": id}
				} else {
					obj[k] = map[string]any{"name": v}
				}
			default:
				return fmt.Errorf(tr("%s%s.%s: expected text, found %s"), base, path, field, jsonKind(v))
			}
		}
		return nil
	}
	actions, _ := lookup(sess, "actions")
	list, _ := actions.([]any)
	for i, a := range list {
		if obj, ok := a.(map[string]any); ok {
			if err := upgrade(obj, "owner", fmt.Sprintf("actions[%d]", i)); err != nil {
				return err
			}
		}
	}
	steps, _ := lookup(sess, "steps")
	stepList, _ := steps.([]any)
	for i, st := range stepList {
		stObj, _ := st.(map[string]any)
		load, _ := lookup(stObj, "load")
		loadObj, _ := load.(map[string]any)
		items, _ := lookup(loadObj, "items")
		itemList, _ := items.([]any)
		for j, it := range itemList {
			obj, ok := it.(map[string]any)
			if !ok {
				continue
			}
			path := fmt.Sprintf("steps[%d].load.items[%d]", i, j)
			if err := upgrade(obj, "owner", path); err != nil {
				return err
			}
			if err := upgrade(obj, "decision_owner", path); err != nil {
				return err
			}
		}
	}
	return nil
}

// rosterKeys maps each participant's NameKey to their ID, or to "" when
// more than one participant has that key. Entries of the wrong shape are
// skipped: the decoder reports them after the upgrade.
func rosterKeys(sess map[string]any) map[string]string {
	out := map[string]string{}
	ps, _ := lookup(sess, "participants")
	list, _ := ps.([]any)
	for _, p := range list {
		obj, _ := p.(map[string]any)
		idv, _ := lookup(obj, "id")
		namev, _ := lookup(obj, "name")
		id, _ := idv.(string)
		name, _ := namev.(string)
		k := NameKey(name)
		if id == "" || k == "" {
			continue
		}
		if _, dup := out[k]; dup {
			out[k] = ""
			continue
		}
		out[k] = id
	}
	return out
}

// lookup finds a field the way the decoder does: the exact name, else one
// that differs only in letter case.
func lookup(obj map[string]any, name string) (any, bool) {
	if v, ok := obj[name]; ok {
		return v, true
	}
	keys := keysFolding(obj, name)
	if len(keys) == 0 {
		return nil, false
	}
	return obj[keys[0]], true
}

// keysFolding lists, in sorted order, the keys of obj equal to name but for
// letter case. The decoder reads "Owner" as "owner", so the upgrade must
// too, or an old file written that way would fail to load.
func keysFolding(obj map[string]any, name string) []string {
	var out []string
	for k := range obj {
		if strings.EqualFold(k, name) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// jsonKind names a decoded JSON value the way error messages do.
func jsonKind(v any) string {
	switch v.(type) {
	case bool:
		return tr("true or false")
	case float64, int, int64:
		return tr("a number")
	case []any:
		return tr("a list")
	case map[string]any:
		return tr("an object")
	}
	return fmt.Sprintf("%T", v)
}

package workshop

import (
	"fmt"
	"time"
)

// An Edit is one change to a session that knows how to take itself back.
// The edits are made by the functions in changes.go (SetResponse, SetLoad,
// RemoveParticipant...) and applied through a History, which keeps what
// each returns to undo it.
//
// Applying an edit returns the edit that undoes it: not a copy of the
// session, but what the change touched, as it was (a response, a load
// item, a participant and their answers). Undoing returns the edit that
// redoes it, in the same way. An edit that changed nothing returns nil; one
// that fails changes nothing and returns its error.
type Edit interface {
	apply(s *Session) (Edit, error)
}

// HistoryDepth is how many edits a History keeps to undo. Typing into one
// field is one edit (see History.Type), so these are edits a facilitator
// made on purpose, not keystrokes.
const HistoryDepth = 500

// TypingPause ends a run of typing: text typed into the same field after
// a longer pause is a new step to undo.
const TypingPause = 3 * time.Second

// History is the undo and redo record of one open session. It is not
// saved with the session: undo takes back what was done since the session
// was opened (up to HistoryDepth edits), and a new edit clears what could
// be redone. A History belongs to the goroutine that edits its session.
type History struct {
	undo ring
	redo []done
	// sealed: the step on top of undo takes no more typing.
	sealed bool
}

// done is one step that can be undone (or, on the redo stack, redone).
type done struct {
	label string
	edit  Edit      // applying it takes the step back (or forward again)
	key   string    // the field typing came from; "" for any other edit
	last  time.Time // when typing last added to the step
}

// NewHistory returns an empty history keeping up to depth steps to undo.
func NewHistory(depth int) *History {
	return &History{undo: ring{buf: make([]done, max(depth, 1))}}
}

// Apply makes an edit and records it as one step, called label ("level 6
// for Ana"), that Undo takes back. A refused edit changes nothing and is
// not recorded; neither is one that changed nothing.
func (h *History) Apply(s *Session, label string, e Edit) error {
	return h.record(s, label, "", time.Time{}, e)
}

// Type is Apply for text typed into a field, key naming the field and what
// it edits ("item l3 name"): typing that goes on in the same field, with
// no pause of TypingPause or more and no other edit between, adds to the
// step before instead of making a new one, so that undo takes back what
// was typed there rather than one character. Seal ends a run early.
func (h *History) Type(s *Session, label, key string, now time.Time, e Edit) error {
	return h.record(s, label, key, now, e)
}

func (h *History) record(s *Session, label, key string, now time.Time, e Edit) error {
	undo, err := e.apply(s)
	if err != nil || undo == nil {
		return err
	}
	clear(h.redo)
	h.redo = h.redo[:0]
	if top := h.undo.top(); top != nil && !h.sealed && key != "" && top.key == key &&
		now.Sub(top.last) < TypingPause && covers(top.edit, undo) {
		// The older step already puts back what this keystroke changed,
		// as it was before the typing began.
		top.last = now
		return nil
	}
	h.undo.push(done{label: label, edit: undo, key: key, last: now})
	h.sealed = false
	return nil
}

// Seal ends a run of typing: the next typed edit is a step of its own.
// The app calls it when the keyboard moves to another field.
func (h *History) Seal() { h.sealed = true }

// Undo takes back the last step and returns its label; ok is false when
// there was nothing to undo. If the step cannot be taken back, which only
// a change made around the history can cause, the history is cleared and
// the session left as it is.
func (h *History) Undo(s *Session) (label string, ok bool, err error) {
	d, ok := h.undo.pop()
	if !ok {
		return "", false, nil
	}
	h.sealed = true
	redo, err := d.edit.apply(s)
	if err != nil {
		h.Clear()
		return d.label, false, fmt.Errorf(tr("cannot undo %s: %w"), d.label, err)
	}
	h.redo = append(h.redo, done{label: d.label, edit: redo})
	return d.label, true, nil
}

// Redo makes again the step last undone and returns its label; ok is
// false when there was nothing to redo.
func (h *History) Redo(s *Session) (label string, ok bool, err error) {
	if len(h.redo) == 0 {
		return "", false, nil
	}
	d := h.redo[len(h.redo)-1]
	h.redo[len(h.redo)-1] = done{}
	h.redo = h.redo[:len(h.redo)-1]
	h.sealed = true
	undo, err := d.edit.apply(s)
	if err != nil {
		h.Clear()
		return d.label, false, fmt.Errorf(tr("cannot redo %s: %w"), d.label, err)
	}
	h.undo.push(done{label: d.label, edit: undo})
	return d.label, true, nil
}

// UndoLabel is the label of the step Undo would take back; ok is false
// when there is none.
func (h *History) UndoLabel() (label string, ok bool) {
	if top := h.undo.top(); top != nil {
		return top.label, true
	}
	return "", false
}

// RedoLabel is the label of the step Redo would make again; ok is false
// when there is none.
func (h *History) RedoLabel() (label string, ok bool) {
	if len(h.redo) == 0 {
		return "", false
	}
	return h.redo[len(h.redo)-1].label, true
}

// Len counts the steps that can be undone and redone.
func (h *History) Len() (undo, redo int) { return h.undo.n, len(h.redo) }

// Clear forgets every step.
func (h *History) Clear() {
	h.undo.clear()
	clear(h.redo)
	h.redo = h.redo[:0]
	h.sealed = false
}

// ring is the undo stack: when full, a new step pushes the oldest out,
// without moving the others.
type ring struct {
	buf   []done
	start int // index of the oldest step
	n     int
}

func (r *ring) at(i int) *done { return &r.buf[(r.start+i)%len(r.buf)] }

func (r *ring) push(d done) {
	if r.n == len(r.buf) {
		*r.at(0) = d
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	*r.at(r.n) = d
	r.n++
}

func (r *ring) top() *done {
	if r.n == 0 {
		return nil
	}
	return r.at(r.n - 1)
}

func (r *ring) pop() (done, bool) {
	if r.n == 0 {
		return done{}, false
	}
	p := r.at(r.n - 1)
	d := *p
	*p = done{} // let what it held go
	r.n--
	return d, true
}

func (r *ring) clear() {
	clear(r.buf)
	r.start, r.n = 0, 0
}

// Batch makes several edits one: they are applied in order, and if one
// fails, those before it are taken back and the error returned. Undoing a
// batch takes its edits back in the reverse order.
func Batch(edits ...Edit) Edit { return batch(edits) }

type batch []Edit

func (b batch) apply(s *Session) (Edit, error) {
	var undo batch
	for _, e := range b {
		u, err := e.apply(s)
		if err != nil {
			for i := len(undo) - 1; i >= 0; i-- {
				// Each undo restores what its own edit found, so it
				// cannot fail where the edit itself worked.
				_, _ = undo[i].apply(s)
			}
			return nil, err
		}
		if u != nil {
			undo = append(undo, u)
		}
	}
	switch len(undo) {
	case 0:
		return nil, nil
	case 1:
		return undo[0], nil
	}
	// Taken back in the reverse order, each edit finds the session as its
	// own change left it.
	for i, j := 0, len(undo)-1; i < j; i, j = i+1, j-1 {
		undo[i], undo[j] = undo[j], undo[i]
	}
	return undo, nil
}

// covering is implemented by the edits that put one part of a session
// back as it was (one response, one load item...).
type covering interface {
	// covers reports whether applying this edit also takes back later,
	// which puts back the same part.
	covers(later Edit) bool
}

func covers(earlier, later Edit) bool {
	c, ok := earlier.(covering)
	return ok && c.covers(later)
}

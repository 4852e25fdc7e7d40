package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's file save dialog opens the chosen file for writing, truncating it,
// before it hands over the writer. Scaleroom only wants the path and writes
// the file itself through safefile, so by then an existing session or PDF
// has already been emptied: the ".bak" kept the empty file, and a save that
// then failed (full disk, bad export) lost the previous version outright.
// keepFilesUntilWritten wraps the "file" repository so that its writers
// touch the file only when something is written to them.
//
// The open dialog likewise opens the chosen file before handing over the
// reader, and opening a named pipe blocks until someone writes to it: the
// whole window froze. Readers are lazy too, so Scaleroom gets the path and
// refuses such a file itself (workshop.LoadFile never blocks).

// fileRepo is everything the desktop file repository does and the dialog
// may use.
type fileRepo interface {
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
}

type lazyFileRepo struct{ fileRepo }

// keepFilesUntilWritten installs the wrapper unless it is there already
// (a new driver registers a plain repository again); a platform whose
// repository does other things is left alone.
func keepFilesUntilWritten() {
	cur, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := cur.(lazyFileRepo); done {
		return
	}
	if r, ok := cur.(fileRepo); ok {
		repository.Register("file", lazyFileRepo{r})
	}
}

// Writer opens the file on the first write; closing an unused writer leaves
// the file as it was.
func (r lazyFileRepo) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u, open: r.fileRepo.Writer}, nil
}

// Reader opens the file on the first read.
func (r lazyFileRepo) Reader(u fyne.URI) (fyne.URIReadCloser, error) {
	return &lazyReader{uri: u, open: r.fileRepo.Reader}, nil
}

type lazyReader struct {
	uri  fyne.URI
	open func(fyne.URI) (fyne.URIReadCloser, error)
	r    fyne.URIReadCloser
}

func (l *lazyReader) URI() fyne.URI { return l.uri }

func (l *lazyReader) Read(p []byte) (int, error) {
	if l.r == nil {
		r, err := l.open(l.uri)
		if err != nil {
			return 0, err
		}
		l.r = r
	}
	return l.r.Read(p)
}

func (l *lazyReader) Close() error {
	if l.r == nil {
		return nil
	}
	return l.r.Close()
}

type lazyWriter struct {
	uri  fyne.URI
	open func(fyne.URI) (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}

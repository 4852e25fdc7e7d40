//go:build !linux

package safefile

import "errors"

// exchange is Linux only; elsewhere saves link the backup first (see
// keepBackup).
func exchange(string, string) error { return errors.ErrUnsupported }

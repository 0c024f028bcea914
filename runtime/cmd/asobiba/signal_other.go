//go:build !unix

package main

import "os"

// exitBySignal ends the process with status 128+sig where signals cannot be sent to itself.
func exitBySignal(sig int) { os.Exit(128 + sig) }

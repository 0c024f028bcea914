//go:build !stdlibfetch

package pylib

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed *.py collections/*.py logging/*.py html/*.py unittest/*.py json/*.py concurrent/*.py concurrent/futures/*.py multiprocessing/*.py urllib/*.py asobiba/*.py
var sources embed.FS

// init makes the embedded files the library.
func init() {
	var paths []string
	fs.WalkDir(sources, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			paths = append(paths, path)
		}
		return err
	})
	lib.Store(newLibrary(paths, nil, sources.ReadFile))
}

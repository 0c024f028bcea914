//go:build stdlibfetch

package pylib

// Built with stdlibfetch, the package embeds no source: the host calls UseBundle before
// the first import. Until then no module written in Python can be imported.
